package org.newsroom.web.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsroom.web.it.StaffClient;

/**
 * Issue 10: an acknowledged write survives a crash. The embedded default as the Run command starts it
 * (Payara Micro, H2 files, the real {@code newsroom-h2.asadmin}) takes a burst of creates, uploads,
 * saves and publishes from several staff clients; its JVM is killed with SIGKILL in the middle; a new
 * JVM on the same data directory must show every acknowledged write, nothing half written, the right
 * homepage total and a search that catches up. One extra boot and one restart for the whole suite.
 */
class PayaraMicroCrashIT {

    private static final String ADMIN_PASSWORD = "crash-test-admin";
    private static final int CLIENTS = 4;
    private static final Duration BURST = Duration.ofSeconds(Integer.getInteger("crash.burstSeconds", 10));
    private static final Duration BOOT_PATIENCE = Duration.ofMinutes(4);
    private static final Pattern SEARCH_REUSED = Pattern.compile(
            "Search index reused and brought up to date in \\d+ ms: (\\d+) articles kept, (\\d+) indexed, (\\d+) removed");

    @Test
    void everyAcknowledgedWriteIsThereAfterTheServerJvmIsKilledMidBurst() throws Exception {
        Path target = Path.of(System.getProperty("crash.target", "target"));
        Path dataDir = target.resolve("crash-data");
        deleteRecursively(dataDir);
        Files.createDirectories(dataDir);
        // The production post-boot file as it ships: it takes the database's place from NEWSROOM_DATA_DIR at run time.
        Path postBoot = Path.of(System.getProperty("crash.postboot", "src/main/payara-micro/newsroom-h2.asadmin"));
        Map<String, String> env = Map.of("NEWSROOM_DATA_DIR", dataDir.toAbsolutePath().toString(),
                "NEWSROOM_ADMIN_PASSWORD", ADMIN_PASSWORD, "NEWSROOM_RATES_FETCH", "off");
        Path micro = Path.of(System.getProperty("micro.jar", "target/micro/payara-micro.jar"));
        Path war = Path.of(System.getProperty("newsroom.war", "target/newsroom.war"));

        WriteBurst burst;
        int searchedBeforeTheKill;
        try (MicroProcess first = new MicroProcess(micro, war, postBoot, dataDir.resolve("micro-1.log"), env)) {
            first.start(BOOT_PATIENCE);
            burst = new WriteBurst(first.base(), "admin", ADMIN_PASSWORD, CLIENTS);
            burst.start();
            Thread.sleep(BURST.toMillis() / 2);
            // A reader's search mid-burst makes the node index (and commit to its disk) what is published so far.
            searchedBeforeTheKill = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    first.base().resolve("search?q=" + burst.runWord())).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
            Thread.sleep(BURST.toMillis() / 2);
            first.kill();
            burst.stop();
        }
        Ledger ledger = burst.ledger();
        System.out.printf("crash test (H2, Payara Micro): %d clients for %d s, killed with SIGKILL; acknowledged %d writes "
                        + "(%d publishes, %d uploads); unanswered at the kill: %s%n", CLIENTS, BURST.toSeconds(),
                ledger.acknowledged(), ledger.acknowledgedPublishes(), ledger.uploads().size(), ledger.unanswered());
        if (!ledger.refusals().isEmpty()) {
            System.out.println("  refused during the burst (not acknowledged, so not owed): " + ledger.refusals().size()
                    + ", first: " + ledger.refusals().get(0));
        }
        assertTrue(ledger.acknowledgedPublishes() > 10, "the burst published something worth checking");

        try (MicroProcess second = new MicroProcess(micro, war, postBoot, dataDir.resolve("micro-2.log"), env)) {
            second.start(BOOT_PATIENCE);
            StaffClient admin = new StaffClient(second.base());
            assertTrue(admin.signIn("admin", ADMIN_PASSWORD).body().contains("Signed in as"));
            AfterCrash.Verdict verdict;
            // The restarted server owns the H2 files; AUTO_SERVER lets this test read them through it.
            try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath()
                    + "/db/newsroom;AUTO_SERVER=TRUE", "newsroom", "newsroom")) {
                verdict = AfterCrash.check(second.base(), admin, burst, db, dataDir.resolve("media"));
            }
            System.out.println("crash test (H2, Payara Micro) after restart: " + verdict.figures());
            verdict.problems().forEach(problem -> System.out.println("  " + problem));
            assertEquals(0, verdict.lost(), verdict::figures);
            assertTrue(verdict.problems().isEmpty(), () -> String.join("\n", verdict.problems()));
            // Issue 16: the killed node's search index on its disk was reused, not rebuilt, and caught up what it missed.
            assertEquals(200, searchedBeforeTheKill);
            Matcher reused = SEARCH_REUSED.matcher(second.log());
            assertTrue(reused.find(), "the restarted node reused its search index; its log:\n" + second.log());
            System.out.println("crash test: after the restart, s" + reused.group().substring(1));
            assertTrue(Integer.parseInt(reused.group(1)) > 0, "articles indexed before the kill were kept: " + reused.group());
        }
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
