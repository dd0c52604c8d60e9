package org.newsroom.web.benchmark;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsroom.web.it.StaffClient;

/**
 * The cost of durability (issue 10, docs/benchmarks.md): staff clients create, save and publish for a
 * fixed time against each database, once as before (H2's default write delay; PostgreSQL pools without
 * validation) and once as now (WRITE_DELAY=0; validated pools). Prints publishes per second and the
 * p50/p99 of a save. Run with {@code mvn -Pbenchmark -DskipTests package -Dbench.mainClass=org.newsroom.web.benchmark.WriteBenchmark}.
 */
public final class WriteBenchmark {

    private static final String ADMIN_PASSWORD = "write-benchmark-admin";
    private static final String VALIDATION = "--isconnectvalidatereq=true --validationmethod=custom-validation "
            + "--validationclassname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation --failconnection=true ";

    private WriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(System.getProperty("bench.target", "target"));
        int seconds = Integer.getInteger("bench.seconds", 20);
        int clients = Integer.getInteger("bench.clients", 4);
        List<String> table = new ArrayList<>(List.of("| database | setting | publishes/s | save p50 | save p99 | errors |",
                "|---|---|---:|---:|---:|---:|"));
        for (boolean durable : new boolean[] {false, true}) {
            Path dir = fresh(target, "write-h2-" + durable);
            String url = "jdbc:h2:file:" + dir.toAbsolutePath() + "/db/newsroom;AUTO_SERVER=TRUE" + (durable ? ";WRITE_DELAY=0" : "");
            table.add(run("H2", durable ? "WRITE_DELAY=0, validated pool" : "H2 default write delay, no validation", target, dir,
                    pool(durable, "org.h2.jdbcx.JdbcDataSource", url, "newsroom"), seconds, clients));
        }
        for (boolean validated : new boolean[] {false, true}) {
            Path dir = fresh(target, "write-pg-" + validated);
            try (LocalPostgres pg = LocalPostgres.start(dir, 15432)) {
                table.add(run("PostgreSQL", validated ? "synchronous commit, validated pool" : "synchronous commit, no validation",
                        target, dir, pool(validated, "org.postgresql.ds.PGSimpleDataSource", pg.jdbcUrl(), "postgres"), seconds, clients));
            }
        }
        System.out.println();
        table.forEach(System.out::println);
    }

    private static Path fresh(Path target, String name) throws Exception {
        Path dir = target.resolve("bench/" + name);
        Benchmark.deleteRecursively(dir);
        return Files.createDirectories(dir);
    }

    private static List<String> pool(boolean validated, String dataSource, String url, String user) {
        return List.of("create-jdbc-connection-pool --statementcachesize=200 " + (validated ? VALIDATION : "")
                        + "--datasourceclassname=" + dataSource + " --restype=javax.sql.DataSource NewsroomPool",
                "set resources.jdbc-connection-pool.NewsroomPool.property.url=" + url,
                "set resources.jdbc-connection-pool.NewsroomPool.property.user=" + user,
                "set resources.jdbc-connection-pool.NewsroomPool.property.password=newsroom",
                "create-jdbc-resource --connectionpoolid=NewsroomPool jdbc/newsroom");
    }

    private static String run(String database, String setting, Path target, Path dir, List<String> postBoot, int seconds,
                              int clients) throws Exception {
        try (AppUnderTest app = AppUnderTest.start(target, dir, postBoot, 18080, true,
                Map.of("NEWSROOM_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
            URI base = URI.create(app.base());
            drive(base, 1, 15);  // warm-up: the JIT and the pools, not measured
            List<Long> saves = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger publishes = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            long started = System.nanoTime();
            drive(base, clients, seconds, saves, publishes, errors);
            double elapsed = (System.nanoTime() - started) / 1e9;
            List<Long> sorted = new ArrayList<>(saves);
            Collections.sort(sorted);
            String row = String.format("| %s | %s | %.1f | %.0f ms | %.0f ms | %d |", database, setting, publishes.get() / elapsed,
                    percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6, errors.get());
            System.out.println(row);
            return row;
        }
    }

    private static void drive(URI base, int clients, int seconds) throws Exception {
        drive(base, clients, seconds, Collections.synchronizedList(new ArrayList<>()), new AtomicInteger(), new AtomicInteger());
    }

    private static void drive(URI base, int clients, int seconds, List<Long> saves, AtomicInteger publishes,
                              AtomicInteger errors) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                StaffClient staff = new StaffClient(base);
                staff.signIn("admin", ADMIN_PASSWORD);
                for (int round = 0; System.nanoTime() < end; round++) {
                    HttpResponse<String> created = staff.createDraft("Write benchmark " + client + "/" + round,
                            "<p>First words.</p>", "kazakhstan");
                    if (created.statusCode() != 201) {
                        errors.incrementAndGet();
                        continue;
                    }
                    long id = StaffClient.idOf(created);
                    long version = Long.parseLong(created.body().replaceAll("(?s).*\"version\":(\\d+).*", "$1"));
                    long before = System.nanoTime();
                    HttpResponse<String> saved = staff.json("PUT", "api/newsroom/articles/" + id, "{\"version\":" + version
                            + ",\"title\":\"Write benchmark " + client + "/" + round + " saved\",\"body\":\"<p>Second words.</p>\","
                            + "\"sectionSlugs\":[\"kazakhstan\"]}");
                    saves.add(System.nanoTime() - before);
                    if (saved.statusCode() != 200) {
                        errors.incrementAndGet();
                        continue;
                    }
                    if (staff.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}").statusCode() == 200) {
                        publishes.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
