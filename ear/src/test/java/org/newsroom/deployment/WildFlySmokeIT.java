package org.newsroom.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.newsroom.web.it.StaffClient;

/**
 * The EAR on a real WildFly with EclipseLink and the embedded H2, configured by the README's own
 * {@code newsroom-h2.cli}: a data directory the database cannot use leaves an unmistakable failed
 * deployment; then serve, write, restart, read back, with the database and the images in the one data
 * directory NEWSROOM_DATA_DIR names at run time. The README's {@code newsroom-postgresql.cli} is
 * applied to a copy of the configuration, so neither script can rot.
 */
class WildFlySmokeIT {

    private static final String ADMIN_PASSWORD = "wildfly-smoke-admin";

    @Test
    void earServesTheHomepageAndKeepsAnArticleAcrossARestart() throws Exception {
        Path home = Path.of(System.getProperty("wildfly.home"));
        Path dataDir = Path.of(System.getProperty("servers.dir"), "wildfly-data-" + UUID.randomUUID());
        Map<String, String> env = Map.of("NEWSROOM_ADMIN_PASSWORD", ADMIN_PASSWORD, "NEWSROOM_DATA_DIR", dataDir.toString(),
                "NEWSROOM_RATES_FETCH", "off", "NEWSROOM_SAMPLE_CONTENT", "on");
        try (WildFlyServer server = new WildFlyServer(home, env)) {
            String postgresql = server.applyPostgresqlScriptToACopy(Path.of(System.getProperty("servers.dir"), "lib/postgresql.jar"));
            assertTrue(postgresql.contains("\"result\" => \"postgresql\"") && postgresql.contains("${env.NEWSROOM_DB_URL}")
                    && postgresql.contains("org.postgresql"), postgresql);
            server.configure(Path.of(System.getProperty("servers.dir"), "lib/eclipselink.jar"));
            server.deploy(Path.of(System.getProperty("newsroom.ear")));

            // Issue 12, point 7: a start that cannot use its database is a failed deployment, named as such.
            Path notADirectory = Files.writeString(dataDir.resolveSibling(dataDir.getFileName() + "-is-a-file"), "x");
            Map<String, String> unusable = new HashMap<>(env);
            unusable.put("NEWSROOM_DATA_DIR", notADirectory.toString());
            server.environment(unusable);
            Path marker = server.startAndAwaitDeploymentMarker();
            String failedLog = server.serverLog();
            assertEquals("newsroom.ear.failed", marker.getFileName().toString(), failedLog);
            assertTrue(failedLog.contains("Cannot use the newsroom database: check NEWSROOM_DATA_DIR"), failedLog);
            server.stop();

            server.environment(env);
            server.start();
            // Issue 12, point 7: the database and the images in the data directory named at run time.
            assertTrue(Files.exists(dataDir.resolve("db/newsroom.mv.db")), "H2 files in " + dataDir.resolve("db"));

            SmokeChecks.homepageHasTickerAndArticles(server.baseUri());
            String title = SmokeChecks.publishAs(server.baseUri(), "admin", ADMIN_PASSWORD, "WildFly");
            SmokeChecks.cyrillicSearchAndTagPage(server.baseUri(), "admin", ADMIN_PASSWORD, "WildFly");

            server.stop();
            server.start();

            SmokeChecks.articleIsStillThere(server.baseUri(), title);
            StaffClient staff = new StaffClient(server.baseUri());
            assertTrue(staff.signIn("admin", ADMIN_PASSWORD).body().contains("Signed in as"));
            HttpResponse<String> uploaded = staff.upload("wildfly.png", png(), "caption=WildFly");
            assertEquals(201, uploaded.statusCode(), uploaded::body);
            try (Stream<Path> images = Files.list(dataDir.resolve("media"))) {
                assertTrue(images.anyMatch(image -> image.toString().endsWith(".png")), "the image is in " + dataDir.resolve("media"));
            }
            assertTrue(server.serverLog().contains("EclipseLink") || server.serverLog().contains("eclipse"),
                    "EclipseLink, not Hibernate, is the provider");
        }
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0x3366cc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
