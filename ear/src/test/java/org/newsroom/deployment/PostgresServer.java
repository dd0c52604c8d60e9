package org.newsroom.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster from Debian's postgresql package, on a free loopback port with
 * password authentication, owned by the test run and removed after it.
 */
final class PostgresServer implements AutoCloseable {

    static final String DATABASE = "newsroom";
    static final String USER = "newsroom";
    static final String PASSWORD = "newsroom-test-password";
    private static final String SUPERUSER_PASSWORD = "superuser-test-password";
    private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(2);

    private final Path bin;
    private final Path dir;
    private final int port;

    private PostgresServer(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    static PostgresServer start() throws IOException {
        Path bin = findBinaries();
        Path dir = Files.createTempDirectory("newsroom-pg");
        Files.writeString(dir.resolve("superuser-password"), SUPERUSER_PASSWORD + "\n");
        if (Processes.runningAsRoot()) {
            // PostgreSQL refuses to run as root; Debian's package provides the postgres user.
            Processes.require(Processes.run(dir, Map.of(), TOOL_TIMEOUT, List.of("chown", "-R", "postgres", dir.toString())),
                    "chown of the PostgreSQL directory");
        }
        PostgresServer server = new PostgresServer(bin, dir, Processes.freePortBase(10000, 30000, 1, 0));
        server.tool("initdb", "-D", dir.resolve("data").toString(), "-U", "postgres", "-A", "scram-sha-256",
                "--pwfile=" + dir.resolve("superuser-password"), "-E", "UTF8", "--locale=C");
        server.tool("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(), "-w",
                "-o", "-p " + server.port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start");
        server.psql("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
        server.psql("CREATE DATABASE " + DATABASE + " OWNER " + USER);
        return server;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    int port() {
        return port;
    }

    /** As an operator's {@code pg_ctl restart}, in two halves: every open connection is cut, and nothing answers until {@link #startAgain()}. */
    void stopForRestart() {
        tool("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
    }

    void startAgain() {
        tool("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(), "-w",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start");
    }

    private void psql(String sql) {
        Processes.require(Processes.run(dir, Map.of("PGPASSWORD", SUPERUSER_PASSWORD), TOOL_TIMEOUT,
                List.of(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres",
                        "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", sql)), "psql " + sql);
    }

    private void tool(String name, String... args) {
        List<String> command = new ArrayList<>();
        if (Processes.runningAsRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(name).toString());
        command.addAll(List.of(args));
        Processes.require(Processes.run(dir, Map.of(), TOOL_TIMEOUT, command), name);
    }

    private static Path findBinaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("PostgreSQL is not installed: apt-get install -y postgresql "
                    + "(the README's Test command does this)");
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("No initdb under " + root));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            tool("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
