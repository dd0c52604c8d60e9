package org.newsroom.web.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A throwaway PostgreSQL cluster from Debian's package on a loopback port, for the write benchmark only. */
final class LocalPostgres implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final int port;

    private LocalPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    static LocalPostgres start(Path parent, int port) throws Exception {
        Path bin;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            bin = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString)).orElseThrow();
        }
        Path dir = Files.createTempDirectory(parent, "pg");
        Wrk.exec(List.of("chown", "-R", "postgres", dir.toString()));
        LocalPostgres pg = new LocalPostgres(bin, dir, port);
        pg.tool("initdb", "-D", dir.resolve("data").toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C");
        pg.tool("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(), "-w", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start");
        pg.tool("psql", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres", "-c", "CREATE DATABASE newsroom");
        return pg;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/newsroom";
    }

    private void tool(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("runuser", "-u", "postgres", "--", bin.resolve(name).toString()));
        command.addAll(List.of(args));
        Wrk.exec(command);
    }

    @Override
    public void close() throws Exception {
        tool("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
        Benchmark.deleteRecursively(dir);
    }
}
