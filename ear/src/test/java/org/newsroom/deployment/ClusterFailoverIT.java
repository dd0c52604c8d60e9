package org.newsroom.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsroom.web.it.StaffClient;

/**
 * Issue 16, point 7: two Payara Micro nodes in one data grid on one PostgreSQL, behind Varnish with the
 * repository's VCL, all on loopback. First a publish on node A must show on node B's next request (100 times,
 * timed). Then a steady reader load through the front (200 requests a second for 60 seconds, round the
 * readers' pages) while node A is killed with SIGKILL: reader errors at most 0.1 %, none once Varnish has taken
 * A out (before that, FrontCacheKeys: a change drops from the front only the pages that show it); a signed-in editor's next save succeeds on B with the session intact; nothing published is lost;
 * A restarts and rejoins the grid. Last, PostgreSQL restarts and both nodes save again without a manual step.
 * Every figure is printed.
 */
class ClusterFailoverIT {

    private static final String ADMIN_PASSWORD = "cluster-failover-admin";
    private static final int READERS_PER_SECOND = 200;
    private static final Duration LOAD = Duration.ofSeconds(60);
    private static final long KILL_AT_MILLIS = 15_000;
    private static final long SAVE_AT_MILLIS = 20_000;
    private static final long RESTART_AT_MILLIS = 25_000;
    /** Varnish takes a node out after two failed probes of three, a second apart: well within this. */
    private static final long FAILOVER_MILLIS = 5_000;
    private static final Duration BOOT = Duration.ofMinutes(4);

    @Test
    void twoNodesBehindTheFrontSurviveLosingOneAndAPostgresqlRestart() throws Exception {
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of(System.getProperty("servers.dir"))), "cluster-");
        int base = Processes.freePortBase(10000, 30000, 10, 0, 1, 2, 5, 6, 7);
        String members = "127.0.0.1:" + (base + 5) + ",127.0.0.1:" + (base + 6);
        try (PostgresServer postgres = PostgresServer.start();
             FrontCacheServer front = FrontCacheServer.start(base + 2, base, base + 1, work)) {
            Map<String, String> env = Map.of(
                    "NEWSROOM_DB_URL", postgres.jdbcUrl(),
                    "NEWSROOM_DB_USER", PostgresServer.USER,
                    "NEWSROOM_DB_PASSWORD", PostgresServer.PASSWORD,
                    "NEWSROOM_ADMIN_PASSWORD", ADMIN_PASSWORD,
                    "NEWSROOM_DATA_DIR", work.resolve("data").toString(),
                    "NEWSROOM_FRONT_CACHE_URL", front.url(),
                    "NEWSROOM_RATES_FETCH", "off",
                    "NEWSROOM_SAMPLE_CONTENT", "on");
            try (ClusterNode a = new ClusterNode("node-a", base, base + 5, members, work, env);
                 ClusterNode b = new ClusterNode("node-b", base + 1, base + 6, members, work, env)) {
                a.start();
                System.out.println("Cluster: node-a up in " + a.awaitUp(BOOT).toMillis() + " ms");
                b.start();
                System.out.println("Cluster: node-b up in " + b.awaitUp(BOOT).toMillis() + " ms");
                awaitMembers(a, 2);
                awaitFront(front.base());

                List<Long> published = new ArrayList<>(publishOnAShowsOnB(a, b, front));
                FrontCacheKeys.onlyTouchedPagesLeaveTheFront(a.base(), front.base(), ADMIN_PASSWORD);
                failover(a, b, front, published);
                nothingPublishedIsLost(b, published);
                bothNodesRecoverFromAPostgresqlRestart(a, b, postgres);
            }
        }
    }

    /** Point 2: the clustered event, measured as issue 16's benchmark asks (100 publishes). */
    private static List<Long> publishOnAShowsOnB(ClusterNode a, ClusterNode b, FrontCacheServer front) throws Exception {
        StaffClient onA = new StaffClient(a.base());
        assertTrue(onA.signIn("admin", ADMIN_PASSWORD).body().contains("Signed in as"), "signed in on node A");
        StaffClient readerOfB = new StaffClient(b.base());
        StaffClient readerOfFront = new StaffClient(front.base());
        readerOfB.get("");
        readerOfFront.get("");
        List<Long> ids = new ArrayList<>();
        List<Long> visibleAfter = new ArrayList<>();
        int onNextRequestOfB = 0;
        int onNextRequestOfFront = 0;
        int frontAfterB = 0;
        for (int i = 1; i <= 100; i++) {
            String title = "Cluster publish " + i + " " + System.nanoTime();
            HttpResponse<String> created = onA.createDraft(title, "<p>Published on node A.</p>", "kazakhstan");
            assertEquals(201, created.statusCode(), created.body());
            long id = StaffClient.idOf(created);
            HttpResponse<String> publish = onA.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}");
            long publishedAt = System.nanoTime();
            assertEquals(200, publish.statusCode(), publish.body());
            ids.add(id);
            // Odd publishes: the front's next request first (it goes to A or B in turn); even: node B's own first.
            if (i % 2 == 1) {
                onNextRequestOfFront += readerOfFront.get("").body().contains(title) ? 1 : 0;
            }
            boolean first = true;
            while (!readerOfB.get("").body().contains(title)) {
                first = false;
                assertTrue(System.nanoTime() - publishedAt < Duration.ofSeconds(5).toNanos(), "node B shows " + title);
                Thread.sleep(2);
            }
            visibleAfter.add((System.nanoTime() - publishedAt) / 1_000);
            onNextRequestOfB += first ? 1 : 0;
            if (i % 2 == 0) {
                frontAfterB += readerOfFront.get("").body().contains(title) ? 1 : 0;
            }
        }
        List<Long> sorted = visibleAfter.stream().sorted().toList();
        System.out.printf("Cluster: publish on node A -> node B's homepage: %d of 100 on B's very next request "
                        + "(time to visible on B median %.1f ms, max %.1f ms); through the front: %d of 50 on its very next "
                        + "request, %d of 50 once B showed it%n", onNextRequestOfB, sorted.get(49) / 1000.0,
                sorted.get(99) / 1000.0, onNextRequestOfFront, frontAfterB);
        String figures = onNextRequestOfB + " of 100 on B's next request, visible after median " + sorted.get(49) / 1000
                + " ms, max " + sorted.get(99) / 1000 + " ms; front " + frontAfterB + " of 50 once B showed it";
        assertEquals(50, frontAfterB, "once the nodes show a publish, the front never keeps the page from before it: " + figures);
        // The clustered event is asynchronous (a data-grid topic), so "B's very next request" is what it achieves in
        // practice, not what it can promise: a publish the event missed still shows once the validators' poll finds it
        // (the loop above fails after 5 s). The time to visible is not asserted: it is mostly B re-rendering its
        // homepage on two cores shared with A, Varnish and PostgreSQL, and has reached 0.7 s on a quiet machine.
        assertTrue(onNextRequestOfB >= 95, "the clustered event reaches node B before its next request: " + figures);
        return ids;
    }

    private static void failover(ClusterNode a, ClusterNode b, FrontCacheServer front, List<Long> published) throws Exception {
        StaffClient editor = new StaffClient(front.base());
        assertTrue(editor.signIn("admin", ADMIN_PASSWORD).body().contains("Signed in as"), "signed in through the front");
        HttpResponse<String> before = editor.createDraft("Draft before the kill", "<p>Saved while both run.</p>", "kazakhstan");
        assertEquals(201, before.statusCode(), before.body());
        List<String> pages = readerPages(front.base());
        ReaderLoad load = new ReaderLoad();
        load.start(front.base(), pages, READERS_PER_SECOND, LOAD);

        sleepUntil(load, KILL_AT_MILLIS);
        long killedAt = load.elapsedMillis();
        long pid = a.kill();
        System.out.println("Cluster: node-a (PID " + pid + ") killed with SIGKILL at " + killedAt + " ms of the reader load");

        sleepUntil(load, SAVE_AT_MILLIS);
        HttpResponse<String> saved = editor.createDraft("Published after node A died", "<p>Saved on node B.</p>", "kazakhstan");
        String session = editor.get("newsroom/").body();
        System.out.println("Cluster: the editor's next save after the kill answered " + saved.statusCode()
                + "; still signed in: " + session.contains("Signed in as"));
        assertEquals(201, saved.statusCode(), saved.body());
        assertTrue(session.contains("Signed in as"), "the editor's session survived its node");
        long afterKill = StaffClient.idOf(saved);
        HttpResponse<String> publishedAfterKill = editor.json("POST", "api/newsroom/articles/" + afterKill + "/actions/publish", "{}");
        assertEquals(200, publishedAfterKill.statusCode(), publishedAfterKill.body());
        published.add(afterKill);
        assertTrue(new StaffClient(front.base()).get("").body().contains("Published after node A died"),
                "the front shows the publish on its next request");

        sleepUntil(load, RESTART_AT_MILLIS);
        long restartedAt = System.nanoTime();
        a.start();
        List<ReaderLoad.Answer> answers = load.finish(LOAD.toSeconds() * READERS_PER_SECOND);
        a.awaitUp(BOOT);
        awaitMembers(a, 2);
        System.out.println("Cluster: node-a restarted under the reader load and rejoined the data grid ("
                + a.lastLoggedMembers() + " members); up at most " + (System.nanoTime() - restartedAt) / 1_000_000
                + " ms after its start (checked once the load ended)");

        long failed = answers.stream().filter(ReaderLoad.Answer::failed).count();
        long failedAfterFailover = answers.stream()
                .filter(x -> x.failed() && x.askedAtMillis() > killedAt + FAILOVER_MILLIS).count();
        List<Long> times = answers.stream().filter(x -> !x.failed()).map(ReaderLoad.Answer::tookMillis).sorted().toList();
        double percent = 100.0 * failed / answers.size();
        System.out.printf("Cluster: readers through the front: %d requests over %d pages in %d s (%s), errors %d (%.3f %%), "
                        + "errors more than %d ms after the kill %d; latency p50 %d ms, p99 %d ms, max %d ms%n",
                answers.size(), pages.size(), LOAD.toSeconds(), ReaderLoad.byStatus(answers), failed, percent,
                FAILOVER_MILLIS, failedAfterFailover, times.get(times.size() / 2), times.get(times.size() * 99 / 100),
                times.get(times.size() - 1));
        assertTrue(answers.size() >= LOAD.toSeconds() * READERS_PER_SECOND * 95 / 100, "the load ran: " + answers.size());
        assertTrue(percent <= 0.1, "reader errors through the front at most 0.1 %: " + percent);
        assertEquals(0, failedAfterFailover, "no reader error once the front has taken node A out");

        // The event travels again once node A is back: a publish on B shows on A's next request.
        StaffClient onB = new StaffClient(b.base());
        assertTrue(onB.signIn("admin", ADMIN_PASSWORD).body().contains("Signed in as"));
        StaffClient readerOfA = new StaffClient(a.base());
        readerOfA.get("");
        HttpResponse<String> onBCreated = onB.createDraft("Published on B after A rejoined", "<p>Back.</p>", "kazakhstan");
        assertEquals(201, onBCreated.statusCode(), onBCreated.body());
        long rejoined = StaffClient.idOf(onBCreated);
        assertEquals(200, onB.json("POST", "api/newsroom/articles/" + rejoined + "/actions/publish", "{}").statusCode());
        published.add(rejoined);
        long at = System.nanoTime();
        while (!readerOfA.get("").body().contains("Published on B after A rejoined")) {
            assertTrue(System.nanoTime() - at < Duration.ofSeconds(5).toNanos(), "node A shows B's publish");
            Thread.sleep(2);
        }
        System.out.printf("Cluster: a publish on node B showed on the restarted node A after %.1f ms%n",
                (System.nanoTime() - at) / 1e6);
    }

    private static void nothingPublishedIsLost(ClusterNode b, List<Long> published) throws Exception {
        StaffClient onB = new StaffClient(b.base());
        assertTrue(onB.signIn("admin", ADMIN_PASSWORD).body().contains("Signed in as"));
        List<Long> missing = new ArrayList<>();
        for (long id : published) {
            HttpResponse<String> article = onB.json("GET", "api/newsroom/articles/" + id, null);
            if (article.statusCode() != 200 || !article.body().contains("PUBLISHED")) {
                missing.add(id);
            }
        }
        System.out.println("Cluster: " + (published.size() - missing.size()) + " of " + published.size()
                + " acknowledged publishes are published after the failover");
        assertEquals(List.of(), missing, "every acknowledged publish is kept");
    }

    private static void bothNodesRecoverFromAPostgresqlRestart(ClusterNode a, ClusterNode b, PostgresServer postgres)
            throws Exception {
        List<StaffClient> editors = new ArrayList<>();
        for (ClusterNode node : List.of(a, b)) {
            StaffClient editor = new StaffClient(node.base());
            assertTrue(editor.signIn("admin", ADMIN_PASSWORD).body().contains("Signed in as"));
            editors.add(editor);
        }
        postgres.stopForRestart();
        Thread.sleep(5_000);
        postgres.startAgain();
        long back = System.nanoTime();
        for (int i = 0; i < 2; i++) {
            String node = List.of(a, b).get(i).name();
            int n = 0;
            while (true) {
                HttpResponse<String> saved = editors.get(i).createDraft("After the database restart " + node + " " + ++n,
                        "<p>Saved.</p>", "kazakhstan");
                if (saved.statusCode() == 201) {
                    break;
                }
                assertTrue(System.nanoTime() - back < Duration.ofSeconds(60).toNanos(),
                        node + " saves again after PostgreSQL restarted: " + saved.statusCode() + " " + saved.body());
                Thread.sleep(250);
            }
            HttpResponse<String> search = editors.get(i).get("search?q=" + URLEncoder.encode("restart", StandardCharsets.UTF_8));
            assertEquals(200, search.statusCode(), node + " serves an uncached reader page again");
            System.out.printf("Cluster: %s saves again %d ms after PostgreSQL was back (%d attempts), no manual step%n",
                    node, (System.nanoTime() - back) / 1_000_000, n);
        }
    }

    /** The readers' pages the homepage links to (sections, articles, tags), the homepage and a search. */
    private static List<String> readerPages(URI front) throws Exception {
        String home = new StaffClient(front).get("").body();
        Set<String> pages = new LinkedHashSet<>(List.of("", "?page=2", "search?q=" + URLEncoder.encode("тенге", StandardCharsets.UTF_8)));
        Matcher link = Pattern.compile("href=\"/([^\"#]*)\"").matcher(home);
        while (link.find() && pages.size() < 40) {
            String path = link.group(1);
            if (!path.startsWith("newsroom") && !path.startsWith("assets") && !path.startsWith("media")
                    && !path.startsWith("feed") && !path.startsWith("api") && !path.contains("&amp;")) {
                pages.add(path);
            }
        }
        assertTrue(pages.size() >= 10, "the homepage links to reader pages: " + pages);
        return List.copyOf(pages);
    }

    private static void awaitMembers(ClusterNode node, int members) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (node.lastLoggedMembers() < members) {
            assertTrue(System.nanoTime() < deadline, node.name() + " sees " + members + " grid members");
            Thread.sleep(500);
        }
    }

    /** Varnish's probes start sick: until two have passed, the front answers 503. */
    private static void awaitFront(URI front) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        StaffClient reader = new StaffClient(front);
        int healthy = 0;
        while (healthy < 20) {
            try {
                healthy = reader.get("api/rates").statusCode() == 200 ? healthy + 1 : 0;
            } catch (java.io.IOException notListening) {
                healthy = 0;
            }
            assertTrue(System.nanoTime() < deadline, "the front reaches both nodes (see target/servers/cluster-*/varnish)");
            Thread.sleep(100);
        }
    }

    private static void sleepUntil(ReaderLoad load, long millis) throws InterruptedException {
        long wait = millis - load.elapsedMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
