package org.newsroom.news.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk and a read-only one, for real: a tiny tmpfs, and one mounted read-only (root ignores
 * file permissions, so chmod would prove nothing). Needs mount rights (CI and the developers' machines
 * run as root); elsewhere the test is skipped and says why.
 */
class MediaStoreDiskTroubleTest {

    @TempDir
    Path temp;

    @Test
    void aFullDiskRefusesTheImageWithItsReasonAndLeavesNothingVisible() throws Exception {
        Path media = Files.createDirectories(temp.resolve("full"));
        try (Mount ignored = Mount.tmpfs(media, "size=64k")) {
            MediaStore store = new MediaStore(media);
            byte[] small = png(1_000, 'a');
            String kept = store.store(small, ImageKind.PNG);

            MediaUnwritable refused = assertThrows(MediaUnwritable.class, () -> store.store(png(200_000, 'b'), ImageKind.PNG));

            assertTrue(refused.getMessage().contains("no space left on device"), refused.getMessage());
            assertEquals(media, refused.directory());
            assertEquals(List.of(kept + ".png"), names(media), "no half image and no temporary file left");
            assertArrayEquals(small, store.read(kept, ImageKind.PNG), "what was stored before is intact");
        }
    }

    @Test
    void aReadOnlyMediaFolderRefusesTheImageWithItsReason() throws Exception {
        Path media = Files.createDirectories(temp.resolve("read-only"));
        try (Mount ignored = Mount.tmpfs(media, "ro,size=64k")) {
            MediaStore store = new MediaStore(media);

            MediaUnwritable refused = assertThrows(MediaUnwritable.class, () -> store.store(png(2_000, 'c'), ImageKind.PNG));

            assertTrue(refused.getMessage().contains("read-only file system"), refused.getMessage());
            assertEquals(List.of(), names(media));
        }
    }

    private static byte[] png(int size, char fill) {
        byte[] content = new byte[size];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        java.util.Arrays.fill(content, (byte) fill);
        System.arraycopy(magic, 0, content, 0, magic.length);
        return content;
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** A tmpfs mounted for one test and always unmounted after it. */
    private record Mount(Path point) implements AutoCloseable {

        static Mount tmpfs(Path point, String options) throws Exception {
            int exit = run("mount", "-t", "tmpfs", "-o", options, "tmpfs", point.toString());
            Assumptions.assumeTrue(exit == 0, "cannot mount a tmpfs here (needs root): the disk-trouble test is skipped");
            return new Mount(point);
        }

        @Override
        public void close() throws Exception {
            if (run("umount", point.toString()) != 0) {
                run("umount", "-l", point.toString());
            }
        }

        private static int run(String... command) throws Exception {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return -1;
                }
                if (process.exitValue() != 0) {
                    System.out.println(String.join(" ", command) + ": " + output.strip());
                }
                return process.exitValue();
            } catch (IOException noSuchCommand) {
                return -1;
            }
        }
    }
}
