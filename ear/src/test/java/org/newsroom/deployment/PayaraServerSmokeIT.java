package org.newsroom.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsroom.web.crash.AfterCrash;
import org.newsroom.web.crash.Ledger;
import org.newsroom.web.crash.WriteBurst;
import org.newsroom.web.it.StaffClient;

/**
 * The EAR on a real Payara Server against a real PostgreSQL: a wrong password fails the deployment
 * with a log line naming the variable; with the right one it serves, writes, restarts and reads back;
 * it rides out a PostgreSQL restart under light load; and a SIGKILL of the domain's JVM in the middle
 * of a write burst loses nothing it acknowledged.
 */
class PayaraServerSmokeIT {

    private static final String ADMIN_PASSWORD = "payara-smoke-admin";

    @Test
    void earOnPostgresqlNamesABadPasswordThenServesWritesAndKeepsData() throws Exception {
        Path ear = Path.of(System.getProperty("newsroom.ear"));
        Path servers = Path.of(System.getProperty("servers.dir"));
        Path dataDir = servers.resolve("payara-data-" + UUID.randomUUID());
        try (PostgresServer postgres = PostgresServer.start();
             PayaraServer server = new PayaraServer(Path.of(System.getProperty("payara.home")))) {
            Map<String, String> env = new HashMap<>(Map.of(
                    "NEWSROOM_DB_URL", postgres.jdbcUrl(),
                    "NEWSROOM_DB_USER", PostgresServer.USER,
                    "NEWSROOM_DB_PASSWORD", "not-the-password",
                    "NEWSROOM_ADMIN_PASSWORD", ADMIN_PASSWORD,
                    "NEWSROOM_DATA_DIR", dataDir.toString(),
                    "NEWSROOM_RATES_FETCH", "off",
                    "NEWSROOM_SAMPLE_CONTENT", "on"));
            server.createDomain(servers.resolve("lib/postgresql.jar"));
            server.environment(env);
            server.start();
            server.createPostgresPool();

            Processes.Result refused = server.deploy(ear);
            assertFalse(refused.ok(), "a wrong database password must fail the deployment");
            assertTrue(server.serverLog().contains("Cannot use the newsroom database: check NEWSROOM_DB_PASSWORD"),
                    "the log names the variable at fault");

            server.stop();
            env.put("NEWSROOM_DB_PASSWORD", PostgresServer.PASSWORD);
            server.environment(env);
            server.start();
            Processes.require(server.deploy(ear), "deploy with the right password");
            server.awaitHomepage();

            SmokeChecks.homepageHasTickerAndArticles(server.baseUri());
            survivesAPostgresqlRestart(server, postgres);
            loseNothingAcknowledgedWhenTheJvmIsKilled(server, postgres, dataDir);
            SmokeChecks.cyrillicSearchAndTagPage(server.baseUri(), "admin", ADMIN_PASSWORD, "Payara Server");

            String title = SmokeChecks.publishAs(server.baseUri(), "admin", ADMIN_PASSWORD, "Payara Server");
            server.stop();
            server.start();
            // README, "After a restart": what / shows meanwhile, and that /api/rates is a true readiness check.
            System.out.println("Payara Server readiness " + server.awaitReadinessAsReadmeSays());
            SmokeChecks.articleIsStillThere(server.baseUri(), title);
        }
    }

    /** Issue 10, point 5: no manual step after {@code pg_ctl restart}. */
    private static void survivesAPostgresqlRestart(PayaraServer server, PostgresServer postgres) throws Exception {
        StaffClient editor = new StaffClient(server.baseUri());
        assertTrue(editor.signIn("admin", ADMIN_PASSWORD).body().contains("Signed in as"));
        DatabaseRestart.Outcome outcome = DatabaseRestart.underLightLoad(server.baseUri(), editor, postgres::stopForRestart,
                Duration.ofSeconds(8), postgres::startAgain, Duration.ofSeconds(30));
        System.out.println("PostgreSQL restart under light load (Payara Server): " + outcome.figures());
        assertTrue(outcome.savesBackAfter().compareTo(Duration.ofSeconds(10)) <= 0, outcome::figures);
        assertTrue(outcome.readsBackAfter().compareTo(Duration.ofSeconds(10)) <= 0, outcome::figures);
        assertEquals(Map.of(200, outcome.readerAnswers().getOrDefault(200, 0)), outcome.readerAnswers(),
                () -> "readers of the homepage get a page all along: " + outcome.figures());
        assertFalse(outcome.saveAnswers().containsKey(500), () -> "a save never answers 500: " + outcome.figures());
        assertTrue(outcome.saveAnswers().getOrDefault(503, 0) > 0, () -> "saves met the database down: " + outcome.figures());
        outcome.saveBodies().forEach(body -> assertTrue(body.contains("Not saved"), body));
    }

    /** Issue 10, point 2 on PostgreSQL: SIGKILL of the domain's JVM mid-burst, restart, check. */
    private static void loseNothingAcknowledgedWhenTheJvmIsKilled(PayaraServer server, PostgresServer postgres, Path dataDir)
            throws Exception {
        WriteBurst burst = new WriteBurst(server.baseUri(), "admin", ADMIN_PASSWORD, 3);
        burst.start();
        Thread.sleep(8000);
        server.crash();
        burst.stop();
        Ledger ledger = burst.ledger();
        System.out.printf("crash test (PostgreSQL, Payara Server): 3 clients for 8 s, killed with SIGKILL; acknowledged %d "
                + "writes (%d publishes); unanswered at the kill: %s; refused: %d%n", ledger.acknowledged(),
                ledger.acknowledgedPublishes(), ledger.unanswered(), ledger.refusals().size());
        server.start();
        server.awaitHomepage();
        StaffClient admin = new StaffClient(server.baseUri());
        assertTrue(admin.signIn("admin", ADMIN_PASSWORD).body().contains("Signed in as"));
        AfterCrash.Verdict verdict;
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD)) {
            verdict = AfterCrash.check(server.baseUri(), admin, burst, db, dataDir.resolve("media"));
        }
        System.out.println("crash test (PostgreSQL, Payara Server) after restart: " + verdict.figures());
        verdict.problems().forEach(problem -> System.out.println("  " + problem));
        assertTrue(ledger.acknowledgedPublishes() > 5, "the burst published something worth checking");
        assertEquals(0, verdict.lost(), verdict::figures);
        assertTrue(verdict.problems().isEmpty(), () -> String.join("\n", verdict.problems()));
    }
}
