package org.newsroom.deployment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The EAR on a real WildFly with EclipseLink and the embedded H2: serve, write, restart, read back. */
class WildFlySmokeIT {

    private static final String ADMIN_PASSWORD = "wildfly-smoke-admin";

    @Test
    void earServesTheHomepageAndKeepsAnArticleAcrossARestart() throws Exception {
        Path home = Path.of(System.getProperty("wildfly.home"));
        Path dataDir = Path.of(System.getProperty("servers.dir"), "wildfly-data-" + UUID.randomUUID());
        try (WildFlyServer server = new WildFlyServer(home,
                Map.of("NEWSROOM_ADMIN_PASSWORD", ADMIN_PASSWORD, "NEWSROOM_DATA_DIR", dataDir.toString(),
                        "NEWSROOM_RATES_FETCH", "off"))) {
            server.configure(Path.of(System.getProperty("servers.dir"), "lib/eclipselink.jar"));
            server.deploy(Path.of(System.getProperty("newsroom.ear")));
            server.start();

            SmokeChecks.homepageHasTickerAndArticles(server.baseUri());
            String title = SmokeChecks.publishAs(server.baseUri(), "admin", ADMIN_PASSWORD, "WildFly");
            SmokeChecks.cyrillicSearchAndTagPage(server.baseUri(), "admin", ADMIN_PASSWORD, "WildFly");

            server.stop();
            server.start();

            SmokeChecks.articleIsStillThere(server.baseUri(), title);
            assertTrue(server.serverLog().contains("EclipseLink") || server.serverLog().contains("eclipse"),
                    "EclipseLink, not Hibernate, is the provider");
        }
    }
}
