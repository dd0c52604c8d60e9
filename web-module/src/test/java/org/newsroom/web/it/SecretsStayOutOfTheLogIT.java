package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Run command's PostgreSQL start, as README gives it, must not write the database password to its
 * log. Payara Micro is started with the real command file and a database nobody listens on: the start
 * goes as far as connecting (which fails, and says which variable to check) and its whole log is read.
 */
class SecretsStayOutOfTheLogIT {

    /** ASCII, so that no charset of the log could hide it. */
    private static final String PASSWORD = "Pa55-secret-" + System.nanoTime();

    @Test
    void aPostgresqlStartNeverLogsTheDatabasePassword() throws Exception {
        Path target = Path.of(System.getProperty("newsroom.war", "target/newsroom.war")).getParent();
        Path log = Files.createTempFile("micro-secrets", ".log");
        ProcessBuilder micro = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", target.resolve("micro/payara-micro.jar").toString(), "--nocluster", "--port", String.valueOf(freePort()),
                "--addlibs", target.resolve("micro/postgresql.jar").toString(),
                "--prebootcommandfile", target.resolve("payara-micro/newsroom-postgresql.asadmin").toString(),
                "--deploy", target.resolve("newsroom.war").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        micro.environment().put("NEWSROOM_DB_URL", "jdbc:postgresql://127.0.0.1:" + freePort() + "/newsroom");
        micro.environment().put("NEWSROOM_DB_USER", "newsroom");
        micro.environment().put("NEWSROOM_DB_PASSWORD", PASSWORD);
        Process process = micro.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
            while (System.nanoTime() < deadline && !text(log).contains("ready in") && process.isAlive()) {
                Thread.sleep(500);
            }
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        String written = text(log);
        assertTrue(written.contains("property.password=${ENV=NEWSROOM_DB_PASSWORD}"),
                "the pool keeps the reference, not the value:\n" + tail(written));
        assertTrue(written.contains("Cannot use the newsroom database"), "and tried to connect:\n" + tail(written));
        assertFalse(written.contains(PASSWORD), "the password is nowhere in the log");
        Files.deleteIfExists(log);
    }

    private static String text(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
