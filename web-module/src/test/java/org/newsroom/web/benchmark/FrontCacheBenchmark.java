package org.newsroom.web.benchmark;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.newsroom.web.it.StaffClient;

/**
 * Issue 16's front-cache benchmark (docs/benchmarks.md): the homepage through Varnish (the repository's VCL)
 * against nginx serving the same page as a static file, in the same run, and whether a publish through the
 * staff API shows on the front's very next homepage request while wrk drives it. One node on the seeded H2
 * database behind Varnish (two nodes need the shared PostgreSQL; the cluster's own figures are
 * ClusterFailoverIT's). Rows: the homepage through the front with no writes; the same while {@code bench.publishes}
 * articles are published during the measured seconds (drafts saved half a step before, then once more published as
 * soon as saved); the front with gzip, as browsers ask; the static copy.
 * <pre>mvn -Pbenchmark -DskipTests package -Dbench.mainClass=org.newsroom.web.benchmark.FrontCacheBenchmark</pre>
 */
public final class FrontCacheBenchmark {

    private static final String ADMIN_PASSWORD = "front-benchmark-admin";
    private static final int NODE_PORT = 18080;
    private static final int FRONT_PORT = 18070;
    private static final int STATIC_PORT = 18090;

    private FrontCacheBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(System.getProperty("bench.target", "target"));
        int size = Integer.parseInt(System.getProperty("bench.sizes", "10000").split(",")[0].strip());
        int seconds = Integer.getInteger("bench.seconds", 15);
        int connections = Integer.getInteger("bench.connections", 64);
        int publishes = Integer.getInteger("bench.publishes", 20);
        Path dir = target.resolve("bench-front/" + size);
        Benchmark.deleteRecursively(dir);
        Files.createDirectories(dir);
        String jdbc = "jdbc:h2:file:" + dir.toAbsolutePath() + "/db/newsroom;AUTO_SERVER=TRUE;WRITE_DELAY=0";
        ArticleSeeder.seed(jdbc, size, 20261127L, null);
        letTheApplicationCreateItsAdmin(jdbc);

        List<String> table = new ArrayList<>(List.of("| articles | page | req/s | p50 | p99 | errors | bytes |",
                "|---:|---|---:|---:|---:|---:|---:|"));
        List<String> notes = new ArrayList<>();
        try (AppUnderTest node = AppUnderTest.start(target, dir, AppUnderTest.h2Pool(jdbc), NODE_PORT, true,
                Map.of("NEWSROOM_ADMIN_PASSWORD", ADMIN_PASSWORD, "NEWSROOM_FRONT_CACHE_URL", "http://127.0.0.1:" + FRONT_PORT + "/"));
             // -Dbench.vcl=<file>: another VCL (e.g. the shipped one with a block taken out, to measure what it does).
             FrontCache front = FrontCache.start(Path.of(System.getProperty("bench.vcl",
                             target.getParent().resolve("src/main/varnish/newsroom.vcl").toString())), dir.resolve("varnish"),
                     FRONT_PORT, NODE_PORT)) {
            if (!System.getProperty("bench.nodeJvm", "").isBlank()) {
                notes.add("The node's JVM ran with " + System.getProperty("bench.nodeJvm"));
            }
            if (Integer.getInteger("bench.nodeNice", 0) != 0) {
                notes.add("The node's JVM ran at nice " + Integer.getInteger("bench.nodeNice") + " (Varnish and wrk at 0)");
            }
            // -Dbench.gzip=true: every row through the front asks for gzip, as browsers do (wrk alone does not).
            List<String> asked = Boolean.getBoolean("bench.gzip") ? List.of("-H", "Accept-Encoding: gzip") : List.of();
            String as = asked.isEmpty() ? "" : ", gzip";
            Wrk.Result cached = Wrk.run(front.base(), seconds, connections, asked);
            table.add(cached.row(size, "homepage through Varnish" + as));

            StaffClient staff = new StaffClient(URI.create(node.base()));
            if (!staff.signIn("admin", ADMIN_PASSWORD).body().contains("Signed in as")) {
                throw new IllegalStateException("could not sign in on the node");
            }
            // Readers' requests warm the front, not the node: Varnish sends it one homepage request in the whole warm-up,
            // and nothing has written yet. A node in service has run its write path and re-rendered its homepage
            // thousands of times, compiled; a cold one spends the first measured publishes in the JIT's compiler
            // threads, on the cores wrk and Varnish need. -Dbench.writeWarmup=0 measures the cold node.
            int writeWarmUp = Integer.getInteger("bench.writeWarmup", 200);
            long warmingStarted = System.nanoTime();
            List<Long> cpuPerTenth = new ArrayList<>();
            long cpuBefore = node.cpuMillis();
            for (int i = 1; i <= writeWarmUp; i++) {
                if (i > 1 && (i - 1) % Math.max(1, writeWarmUp / 10) == 0) {
                    long now = node.cpuMillis();
                    cpuPerTenth.add((now - cpuBefore) / Math.max(1, writeWarmUp / 10));
                    cpuBefore = now;
                }
                HttpResponse<String> draft = staff.createDraft("Warm-up " + i + " Жылыту", "<p>Before the measured rows.</p>", "kazakhstan");
                staff.json("POST", "api/newsroom/articles/" + StaffClient.idOf(draft) + "/actions/publish", "{}");
                staff.get("");
            }
            if (writeWarmUp > 0) {
                notes.add(String.format("The node's write path warmed before the publishing rows: %d drafts saved, published"
                        + " and its homepage re-rendered, with no reader load, in %.1f s; the node's CPU per write and"
                        + " re-render, by tenths of the warm-up: %s ms", writeWarmUp,
                        (System.nanoTime() - warmingStarted) / 1e9, cpuPerTenth));
            }
            // The publishes start with wrk's measured part (after its warm-up) and end before it does.
            int warmUp = Integer.getInteger("bench.warmup", 10);
            long every = (seconds - 2) * 1000L / Math.max(1, publishes);
            // As an editor works: the draft saved first (a write, so a ban and a re-render), published a while later.
            CompletableFuture<Publishes> during = CompletableFuture.supplyAsync(() -> publishWhileLoaded(staff, front.base(), publishes,
                    (warmUp + 1) * 1000L, every, every / 2));
            Map<String, Long> before = front.counters();
            long nodeCpu = node.cpuMillis();
            Wrk.Result loaded = Wrk.run(front.base(), seconds, connections, asked);
            Publishes seen = during.get();
            notes.add("The node's CPU during the publishing run's " + (seconds + warmUp) + " s: " + (node.cpuMillis() - nodeCpu) + " ms");
            notes.add("Varnish during the publishing run: " + FrontCache.moved(before, front.counters()));
            table.add(loaded.row(size, "homepage through Varnish" + as + ", " + seen.count() + " publishes during the run"));
            notes.add(seen.summary("while wrk drove the front, each draft saved " + every / 2 + " ms before its publish"));
            // Draft and publish back to back: the publish's ban meets the re-render the draft's ban started.
            during = CompletableFuture.supplyAsync(() -> publishWhileLoaded(staff, front.base(), publishes,
                    (warmUp + 1) * 1000L, every, 0));
            before = front.counters();
            nodeCpu = node.cpuMillis();
            Wrk.Result backToBack = Wrk.run(front.base(), seconds, connections, asked);
            seen = during.get();
            notes.add("The node's CPU during the back-to-back run's " + (seconds + warmUp) + " s: " + (node.cpuMillis() - nodeCpu) + " ms");
            notes.add("Varnish during the back-to-back run: " + FrontCache.moved(before, front.counters()));
            table.add(backToBack.row(size, "homepage through Varnish" + as + ", " + seen.count() + " drafts published at once during the run"));
            notes.add(seen.summary("while wrk drove the front, each published as soon as its draft was saved"));
            notes.add(publishWhileLoaded(staff, front.base(), publishes, 0, 200, 0).summary("after the run, one every 200 ms"));
            // As browsers ask: Varnish keeps the node's gzipped page and sends it as it is (wrk alone, above, gets it unzipped).
            Wrk.Result gzip = Wrk.run(front.base(), seconds, connections, List.of("-H", "Accept-Encoding: gzip"));
            table.add(gzip.row(size, "homepage through Varnish, gzip"));

            Path staticRoot = Files.createDirectories(dir.resolve("static"));
            Files.writeString(staticRoot.resolve("index.html"), Benchmark.get(front.base()));
            try (StaticServer nginx = StaticServer.start(staticRoot, STATIC_PORT)) {
                Wrk.Result copy = Wrk.run("http://127.0.0.1:" + STATIC_PORT + "/", seconds, connections);
                table.add(copy.row(size, "static copy (nginx)"));
                table.add(String.format("| %d | Varnish" + as + " / static, no writes | %.0f%% | | | | |", size,
                        100.0 * cached.requestsPerSecond() / Math.max(1, copy.requestsPerSecond())));
                table.add(String.format("| %d | Varnish" + as + " / static, publishing | %.0f%% | | | | |", size,
                        100.0 * loaded.requestsPerSecond() / Math.max(1, copy.requestsPerSecond())));
                table.add(String.format("| %d | Varnish gzip / static | %.0f%% | | | | |", size,
                        100.0 * gzip.requestsPerSecond() / Math.max(1, copy.requestsPerSecond())));
            }
            table.add(String.format("| %d | node's heap after the run | %s | | | | |", size, node.heap()));
        }
        System.out.println();
        table.forEach(System.out::println);
        System.out.println();
        notes.forEach(System.out::println);
    }

    /**
     * The seeder's author is an admin whose password nobody knows; as an editor under another name the
     * application's first start creates {@code admin} with NEWSROOM_ADMIN_PASSWORD, as on any new site.
     */
    private static void letTheApplicationCreateItsAdmin(String jdbc) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, "newsroom", "newsroom"); Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE ACCOUNT SET USERNAME = 'seed-author', ACCOUNT_ROLE = 'EDITOR' WHERE ID = 1");
        }
    }

    record Publishes(int count, int onTheNextRequest, List<Long> nextRequestMicros, List<String> missed) {
        String summary(String when) {
            List<Long> sorted = nextRequestMicros.stream().sorted().toList();
            return String.format("Publishes %s: %d of %d on the front's very next homepage request (that request: median %.1f ms,"
                            + " max %.1f ms)%s", when, onTheNextRequest, count, sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1000.0,
                    sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0, missed.isEmpty() ? "" : "; not shown: " + missed);
        }
    }

    /** Creates and publishes {@code count} articles on the node, each followed at once by one homepage request through the front. */
    private static Publishes publishWhileLoaded(StaffClient staff, String front, int count, long delayMillis, long everyMillis,
                                                long draftFirstMillis) {
        try {
            Thread.sleep(delayMillis);
            int shown = 0;
            List<Long> micros = new ArrayList<>();
            List<String> missed = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                long started = System.nanoTime();
                String title = "Front benchmark " + i + " Жаңалық " + System.nanoTime();
                HttpResponse<String> draft = staff.createDraft(title, "<p>Published during the front benchmark.</p>", "kazakhstan");
                if (draft.statusCode() != 201) {
                    throw new IllegalStateException("draft answered " + draft.statusCode() + ": " + draft.body());
                }
                Thread.sleep(draftFirstMillis);
                HttpResponse<String> published = staff.json("POST", "api/newsroom/articles/" + StaffClient.idOf(draft)
                        + "/actions/publish", "{}");
                if (published.statusCode() != 200) {
                    throw new IllegalStateException("publish answered " + published.statusCode() + ": " + published.body());
                }
                long asked = System.nanoTime();
                boolean visible = Benchmark.get(front).contains(title);  // a reader without cookies, as Varnish caches for
                micros.add((System.nanoTime() - asked) / 1000);
                if (visible) {
                    shown++;
                } else {
                    missed.add(title);
                }
                Thread.sleep(Math.max(0, everyMillis - (System.nanoTime() - started) / 1_000_000));
            }
            return new Publishes(count, shown, micros, missed);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
