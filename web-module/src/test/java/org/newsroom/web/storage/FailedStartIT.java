package org.newsroom.web.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, point 7: a start that cannot use its database ends Payara Micro with a non-zero status
 * and says so last, instead of "Deployed 1 archive(s)", "ready" and 404 for ever; and the embedded
 * database's place is decided at run time by NEWSROOM_DATA_DIR, as the images' is. Micro is started as
 * the README starts it, with the shipped post-boot file, and the process's whole output is read.
 * Each start fails within seconds of Micro's boot; no homepage is waited for.
 */
class FailedStartIT {

    private static final long PATIENCE_SECONDS = 180;

    @Test
    void aDataDirectoryThatCannotHoldTheDatabaseEndsMicroNamingTheVariable() throws Exception {
        Path target = target();
        Path work = Files.createDirectories(target.resolve("failed-start"));
        // A file where the data directory should be: H2 cannot create <dir>/db in it. Set at run time
        // only, so a post-boot file that had the location written in at build time would start fine.
        Path notADirectory = Files.writeString(work.resolve("data-dir-is-a-file"), "not a directory");
        Ended ended = startMicro(target, target.resolve("payara-micro/newsroom-h2.asadmin"), work.resolve("unusable.log"),
                Map.of("NEWSROOM_DATA_DIR", notADirectory.toString(), "NEWSROOM_RATES_FETCH", "off"));

        assertEquals(FailedStart.EXIT_STATUS, ended.status(), ended::tail);
        assertTrue(ended.lastLine().startsWith("Newsroom did not start, so Payara Micro stops (exit status 3): "
                + "Cannot use the newsroom database: check NEWSROOM_DATA_DIR"), ended::tail);
        assertTrue(ended.lastLine().contains(notADirectory.toString()), "the run-time directory is the one H2 tried: " + ended.tail());
    }

    @Test
    void aSettingThatCannotBeUsedEndsMicroNamingTheVariableInsteadOfFallingBackToTheDefault() throws Exception {
        Path target = target();
        Path work = Files.createDirectories(target.resolve("failed-start"));
        Ended ended = startMicro(target, target.resolve("payara-micro/newsroom-h2.asadmin"), work.resolve("bad-setting.log"),
                Map.of("NEWSROOM_DATA_DIR", work.resolve("bad-setting-data").toString(), "NEWSROOM_RATES_FETCH", "off",
                        "NEWSROOM_PAGE_SIZE", "lots"));

        assertEquals(FailedStart.EXIT_STATUS, ended.status(), ended::tail);
        assertEquals("Newsroom did not start, so Payara Micro stops (exit status 3): NEWSROOM_PAGE_SIZE is \"lots\"; "
                + "expected whole articles from 1 to 100, e.g. 6", ended.lastLine(), ended::tail);
    }

    @Test
    void anEmbeddedDatabaseOutsideTheDataDirectoryIsRefusedRatherThanSplittingImagesFromTheDatabase() throws Exception {
        Path target = target();
        Path work = Files.createDirectories(target.resolve("failed-start"));
        Path database = work.resolve("elsewhere");
        Path dataDir = work.resolve("data");
        // What WildFly did before: the database under the server's own data folder, images in the data directory.
        String commands = Files.readString(target.resolve("payara-micro/newsroom-h2.asadmin"))
                .replace("${ENV=NEWSROOM_DATA_DIR:~/.newsroom}", database.toString());
        Path postBoot = Files.writeString(work.resolve("database-elsewhere.asadmin"), commands);
        Ended ended = startMicro(target, postBoot, work.resolve("elsewhere.log"),
                Map.of("NEWSROOM_DATA_DIR", dataDir.toString(), "NEWSROOM_RATES_FETCH", "off"));

        assertEquals(FailedStart.EXIT_STATUS, ended.status(), ended::tail);
        assertTrue(ended.lastLine().startsWith("Newsroom did not start"), ended::tail);
        assertTrue(ended.lastLine().contains("The embedded H2 database is " + database.resolve("db/newsroom")), ended::tail);
        assertTrue(ended.lastLine().contains("NEWSROOM_DATA_DIR makes " + dataDir), ended::tail);
    }

    private static Path target() {
        return Path.of(System.getProperty("newsroom.war", "target/newsroom.war")).toAbsolutePath().getParent();
    }

    private static Ended startMicro(Path target, Path postBoot, Path log, Map<String, String> env) throws Exception {
        Files.deleteIfExists(log);
        ProcessBuilder micro = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", target.resolve("micro/payara-micro.jar").toString(), "--nocluster", "--port", String.valueOf(freePort()),
                "--contextroot", "/", "--postbootcommandfile", postBoot.toString(),
                "--deploy", target.resolve("newsroom.war").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        micro.environment().putAll(env);
        Process process = micro.start();
        try {
            if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("Payara Micro was still running after " + PATIENCE_SECONDS + " s: " + tail(log));
            }
            return new Ended(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private record Ended(int status, String output) {
        String lastLine() {
            List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }

        String tail() {
            List<String> lines = output.lines().toList();
            return "exit status " + status + ", output ends:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        }
    }

    private static String tail(Path log) throws IOException {
        return new Ended(-1, Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "").tail();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
