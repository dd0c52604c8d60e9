package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, point 4, on the running server: its media folder becomes a read-only mount (root ignores
 * file permissions, so chmod would prove nothing). An upload is refused with the reason and nothing of
 * it is stored, the server's log names the folder, and readers keep being served.
 */
class DiskTroubleIT extends AgainstTheServer {

    @Test
    void aReadOnlyMediaFolderRefusesUploadsPlainlyWhileReadersAreServed() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        Path media = Files.createDirectories(Path.of(System.getProperty("it.data.dir"), "media"));
        long imagesBefore = mediaRows();
        PrintStream console = System.out;
        ByteArrayOutputStream serverLog = new ByteArrayOutputStream();
        assumeMounted(run("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", media.toString()));
        try {
            // The Micro process's output reaches this JVM's console through the Arquillian adapter.
            System.setOut(new PrintStream(new TeeStream(console, serverLog), true, StandardCharsets.UTF_8));
            HttpResponse<String> refused = editor.upload("read-only.png", png(), "caption=Nowhere%20to%20go");
            assertEquals(507, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("read-only file system") && refused.body().contains("Nothing was stored"),
                    refused.body());
            assertEquals(200, new StaffClient(base.toURI()).get("").statusCode(), "readers keep being served");
            assertEquals(imagesBefore, mediaRows(), "no image row without its file");
            for (int i = 0; i < 20 && !serverLog.toString(StandardCharsets.UTF_8).contains("Cannot write images to " + media); i++) {
                Thread.sleep(250);
            }
        } finally {
            System.setOut(console);
            if (run("umount", media.toString()) != 0) {
                run("umount", "-l", media.toString());
            }
        }
        assertTrue(serverLog.toString(StandardCharsets.UTF_8).contains("Cannot write images to " + media),
                "the server's log names the folder");
        HttpResponse<String> afterwards = editor.upload("writable-again.png", png(), "");
        assertEquals(201, afterwards.statusCode(), afterwards.body());
    }

    /** Image rows in the database the server uses. */
    private static long mediaRows() throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:h2:file:" + System.getProperty("it.data.dir")
                + "/db/newsroom;AUTO_SERVER=TRUE", "newsroom", "newsroom");
             java.sql.ResultSet rows = db.createStatement().executeQuery("select count(*) from MEDIA_ITEM")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void assumeMounted(int exit) {
        Assumptions.assumeTrue(exit == 0, "cannot mount a tmpfs here (needs root): the read-only disk test is skipped");
    }

    private static byte[] png() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(6, 6, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, (int) System.nanoTime() & 0xFFFFFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    /** Writes to the console and keeps a copy. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream console;
        private final ByteArrayOutputStream copy;

        TeeStream(java.io.OutputStream console, ByteArrayOutputStream copy) {
            this.console = console;
            this.copy = copy;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            console.write(b);
            copy.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            console.write(bytes, offset, length);
            copy.write(bytes, offset, length);
        }
    }
}
