package org.newsroom.deployment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The EAR on a real Payara Server against a real PostgreSQL: a wrong password fails the deployment
 * with a log line naming the variable; with the right one it serves, writes, restarts and reads back.
 */
class PayaraServerSmokeIT {

    private static final String ADMIN_PASSWORD = "payara-smoke-admin";

    @Test
    void earOnPostgresqlNamesABadPasswordThenServesWritesAndKeepsData() throws Exception {
        Path ear = Path.of(System.getProperty("newsroom.ear"));
        Path servers = Path.of(System.getProperty("servers.dir"));
        try (PostgresServer postgres = PostgresServer.start();
             PayaraServer server = new PayaraServer(Path.of(System.getProperty("payara.home")))) {
            Map<String, String> env = new HashMap<>(Map.of(
                    "NEWSROOM_DB_URL", postgres.jdbcUrl(),
                    "NEWSROOM_DB_USER", PostgresServer.USER,
                    "NEWSROOM_DB_PASSWORD", "not-the-password",
                    "NEWSROOM_ADMIN_PASSWORD", ADMIN_PASSWORD,
                    "NEWSROOM_RATES_FETCH", "off"));
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
            String title = SmokeChecks.publishAs(server.baseUri(), "admin", ADMIN_PASSWORD, "Payara Server");
            SmokeChecks.cyrillicSearchAndTagPage(server.baseUri(), "admin", ADMIN_PASSWORD, "Payara Server");

            server.stop();
            server.start();
            server.awaitHomepage();

            SmokeChecks.articleIsStillThere(server.baseUri(), title);
        }
    }
}
