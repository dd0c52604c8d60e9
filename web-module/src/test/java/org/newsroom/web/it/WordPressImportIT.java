package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The WordPress import end to end on the real server: the shared fixture, its counts, named posts as
 * readers get them, a second import that changes nothing, a cancelled and resumed import that ends as
 * an uninterrupted one does, files downloaded from a loopback stand-in for the old site, bad files.
 *
 * <p>Counts for the fixture (its README): 4 authors + 9 categories + 95 items = 108 positions; created
 * are the 4 authors, the categories no existing section had, the 45 attachments and 40 articles (36 posts
 * that are not in the trash, 2 pages… 38 + 2); the 2 trashed posts and 8 menu entries are skipped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WordPressImportIT extends AgainstTheServer {

    private StaffClient admin() throws Exception {
        Staff.ensureAccounts(base.toURI());
        return Staff.signedIn(base.toURI(), "admin", NewsroomDeployment.ADMIN_PASSWORD);
    }

    @Test
    @Order(1)
    void theFixtureImportsWholeAndReadersFindItsPosts() throws Exception {
        StaffClient admin = admin();
        JsonObject run = finished(admin, start(admin, "{\"sourceFile\":" + StaffClient.quote(WordPressFixture.wxr().toString())
                + ",\"uploadsDirectory\":" + StaffClient.quote(WordPressFixture.uploads().toString())
                + ",\"siteTimeZone\":\"Asia/Almaty\"}"));
        JsonObject counts = run.getJsonObject("counts");
        assertEquals("FINISHED", run.getString("state"), run.toString());
        assertEquals(108, run.getInt("total"));
        assertEquals(108, run.getInt("done"));
        assertEquals(0, counts.getInt("failed"), report(admin, run));
        assertEquals(10, counts.getInt("skipped"), "2 trashed posts, 8 menu entries");
        assertEquals(98, counts.getInt("created") + counts.getInt("unchanged"), run.toString());
        assertTrue(counts.getInt("created") >= 4 + 45 + 40, run.toString());

        JsonObject wage = article("uzbekistan-raises-minimum-wage-by-12-percent");
        assertEquals("Uzbekistan raises minimum wage by 12 percent from February", wage.getString("title"));
        assertTrue(wage.getString("publishedAt").startsWith("2025-11-"), wage.getString("publishedAt"));
        assertTrue(wage.containsKey("imageUrl"), "featured image");

        JsonObject tenge = article(find(admin, "Tenge “holds the line”"));
        assertTrue(tenge.getJsonArray("tags").size() > 0);

        JsonObject russian = article(find(admin, "Нацбанк Казахстана"));
        assertEquals("ru", russian.getString("language"));
        assertEquals("Айгерим Сапарова", russian.getJsonObject("author").getString("name"), russian.toString());

        JsonObject pictures = article(find(admin, "In pictures: the Nurek reservoir"));
        String body = pictures.getString("body");
        assertTrue(body.split("<figure", -1).length - 1 >= 4, "the gallery's four images are figures");
        assertTrue(body.contains("<figcaption>"), "with their captions");
        assertFalse(body.contains("steppe-courier.example/wp-content"), "no image is left on the old host");

        JsonObject poll = article(find(admin, "Poll: should Uzbekistan lift"));
        assertFalse(poll.getString("body").contains("<script"));

        // The old slug answers 301 to the new one.
        HttpResponse<String> old = new StaffClient(base.toURI()).noRedirects(
                "article.xhtml?slug=uzbekistan-to-raise-minimum-wage-by-10-percent");
        assertEquals(301, old.statusCode());
        assertTrue(old.headers().firstValue("Location").orElse("").contains("uzbekistan-raises-minimum-wage-by-12-percent"));

        // Its old WordPress addresses answer 301 to the permalink; the permalink itself is the page.
        String wageAddress = "2025/11/uzbekistan-raises-minimum-wage-by-12-percent/";
        assertEquals(base + wageAddress, wage.getString("url"), "WordPress's permalink, unchanged");
        assertMoved("2025/11/uzbekistan-to-raise-minimum-wage-by-10-percent/", wageAddress);
        assertMoved("?p=40", wageAddress);
        assertMoved("article.xhtml?slug=uzbekistan-raises-minimum-wage-by-12-percent", wageAddress);
        assertEquals(200, new StaffClient(base.toURI()).noRedirects(wageAddress).statusCode());
        String russianUrl = russian.getString("url");
        assertTrue(russianUrl.contains("%d0%bd%d0%b0%d1%86%d0%b1%d0%b0%d0%bd%d0%ba"), "percent-encoded as WordPress wrote it: " + russianUrl);
        HttpResponse<String> russianPage = new StaffClient(base.toURI()).noRedirects(russianUrl.substring(base.toString().length()));
        assertEquals(200, russianPage.statusCode());
        assertTrue(russianPage.body().contains("Нацбанк Казахстана"));
        JsonObject about = article(find(admin, "About"));
        assertMoved("about/", about.getString("url").substring(base.toString().length()));
        assertMoved("?page_id=91", about.getString("url").substring(base.toString().length()));
        assertMoved("category/economy/energy/", "energy");
        assertMoved("tag/central-bank/", "tag/central%20bank");
        assertMoved("author/aigerim/", "author/aigerim");
        assertMoved("feed/", "feed/rss.xml");
        assertMoved("2026/01/kazakhstans-central-bank-holds-base-rate-at-16-5/base-rate-decision-january-2026/",
                "2026/01/kazakhstans-central-bank-holds-base-rate-at-16-5/");

        // The report downloads as CSV with a plain link (a GET, as the page's link is).
        HttpResponse<String> csv = admin.get("api/newsroom/admin/imports/" + run.getInt("id") + "/report.csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("position,kind,wordpress_id,item,outcome,message"));
        assertTrue(csv.body().contains("\"SKIPPED\",\"a menu entry, not content\""), csv.body());

        // The run is in the audit log.
        String audit = admin.json("GET", "api/newsroom/admin/audit?action=WORDPRESS_IMPORT", null).body();
        assertTrue(audit.contains("import " + run.getInt("id")), audit);
    }

    @Test
    @Order(2)
    void aSecondImportOfTheSameFileChangesNothing() throws Exception {
        StaffClient admin = admin();
        JsonObject run = finished(admin, start(admin, "{\"sourceFile\":" + StaffClient.quote(WordPressFixture.wxr().toString())
                + ",\"uploadsDirectory\":" + StaffClient.quote(WordPressFixture.uploads().toString()) + "}"));
        JsonObject counts = run.getJsonObject("counts");
        assertEquals(0, counts.getInt("created"), run.toString());
        assertEquals(0, counts.getInt("updated"), run.toString());
        assertEquals(98, counts.getInt("unchanged"));
        assertEquals(10, counts.getInt("skipped"));
    }

    @Test
    @Order(3)
    void aCancelledAndResumedImportEndsAsAnUninterruptedOneDownloadingFromTheOldHost() throws Exception {
        StaffClient admin = admin();
        String host = base.getHost();
        HttpServer oldSite = WordPressFixture.serveUploads(host, 40);
        try {
            String uploadsUrl = WordPressFixture.uploadsUrl(oldSite, host);
            JsonObject whole = finished(admin, start(admin, "{\"sourceFile\":"
                    + StaffClient.quote(WordPressFixture.copyAs("copy-a").toString())
                    + ",\"uploadsUrl\":" + StaffClient.quote(uploadsUrl) + "}"));
            assertEquals(0, whole.getJsonObject("counts").getInt("failed"), report(admin, whole));

            JsonObject started = start(admin, "{\"sourceFile\":" + StaffClient.quote(WordPressFixture.copyAs("copy-b").toString())
                    + ",\"uploadsUrl\":" + StaffClient.quote(uploadsUrl) + "}");
            long id = started.getJsonNumber("id").longValue();
            JsonObject midway = waitFor(admin, id, r -> r.getInt("done") >= 30);
            assertEquals(200, admin.json("POST", "api/newsroom/admin/imports/" + id + "/cancel", null).statusCode());
            JsonObject cancelled = waitFor(admin, id, r -> r.getString("state").equals("CANCELLED"));
            assertTrue(cancelled.getInt("done") < cancelled.getInt("total"), "stopped midway: " + cancelled);
            assertTrue(cancelled.getInt("done") >= midway.getInt("done"));
            HttpResponse<String> resumed = admin.json("POST", "api/newsroom/admin/imports/" + id + "/resume", null);
            assertEquals(202, resumed.statusCode(), resumed.body());
            JsonObject ended = waitFor(admin, id, r -> r.getString("state").equals("FINISHED"));

            assertEquals(whole.getJsonObject("counts"), ended.getJsonObject("counts"));
            // Drafts without a slug take one from their title; each copy's gets the next free "-n".
            assertEquals(report(admin, whole).replace("copy-a", "copy-x").replaceAll("-\\d+”", "-n”"),
                    report(admin, ended).replace("copy-b", "copy-x").replaceAll("-\\d+”", "-n”"));
            String bodyA = article(find(admin, "In pictures: the Nurek reservoir", "copy-a-")).getString("body");
            String bodyB = article(find(admin, "In pictures: the Nurek reservoir", "copy-b-")).getString("body");
            assertEquals(bodyA.replaceAll("/media/\\d+", "/media/N").replace("copy-a", "copy-x"),
                    bodyB.replaceAll("/media/\\d+", "/media/N").replace("copy-b", "copy-x"));
        } finally {
            oldSite.stop(0);
        }
    }

    @Test
    @Order(4)
    void aDryRunReportsWhatWouldBeCreatedAndCreatesNothing() throws Exception {
        StaffClient admin = admin();
        JsonObject dry = finished(admin, start(admin, "{\"sourceFile\":" + StaffClient.quote(WordPressFixture.copyAs("copy-dry").toString())
                + ",\"uploadsDirectory\":" + StaffClient.quote(WordPressFixture.uploads().toString()) + ",\"dryRun\":true}"));
        assertEquals("FINISHED", dry.getString("state"));
        assertTrue(dry.getBoolean("dryRun"));
        assertEquals(0, dry.getJsonObject("counts").getInt("failed"), report(admin, dry));
        assertTrue(dry.getJsonObject("counts").getInt("created") >= 45 + 40, "what would be created: " + dry);
        HttpResponse<String> none = new StaffClient(base.toURI()).get("api/articles/copy-dry-uzbekistan-raises-minimum-wage-by-12-percent");
        assertEquals(404, none.statusCode(), "a dry run creates nothing");
        JsonObject again = finished(admin, start(admin, "{\"sourceFile\":" + StaffClient.quote(WordPressFixture.copyAs("copy-dry").toString())
                + ",\"uploadsDirectory\":" + StaffClient.quote(WordPressFixture.uploads().toString()) + ",\"dryRun\":true}"));
        assertEquals(dry.getJsonObject("counts"), again.getJsonObject("counts"), "so a second dry run says the same");
    }

    @Test
    @Order(5)
    void badFilesAreALineInTheReportNeverA500() throws Exception {
        StaffClient admin = admin();
        Path laughs = WordPressFixture.write("laughs.xml", ("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><rss><channel><title>&lol2;</title>"
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
        JsonObject refused = finished(admin, start(admin, "{\"sourceFile\":" + StaffClient.quote(laughs.toString()) + "}"));
        assertEquals("FAILED", refused.getString("state"));
        assertTrue(report(admin, refused).contains("document type"), report(admin, refused));

        byte[] whole = Files.readAllBytes(WordPressFixture.copyAs("copy-cut"));
        Path cut = WordPressFixture.write("cut.xml", java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        JsonObject truncated = finished(admin, start(admin, "{\"sourceFile\":" + StaffClient.quote(cut.toString())
                + ",\"uploadsDirectory\":" + StaffClient.quote(WordPressFixture.uploads().toString()) + "}"));
        assertEquals("FAILED", truncated.getString("state"));
        assertTrue(report(admin, truncated).contains("cut short"), report(admin, truncated));
        assertTrue(truncated.getJsonObject("counts").getInt("created") > 0, "what came before the cut was imported");

        HttpResponse<String> missing = admin.json("POST", "api/newsroom/admin/imports", "{\"sourceFile\":\"/no/such/export.xml\"}");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("\"field\":\"sourceFile\""), missing.body());
        HttpResponse<String> zone = admin.json("POST", "api/newsroom/admin/imports", "{\"sourceFile\":"
                + StaffClient.quote(WordPressFixture.wxr().toString()) + ",\"siteTimeZone\":\"Mars/Olympus\"}");
        assertEquals(400, zone.statusCode());
        assertTrue(zone.body().contains("siteTimeZone"), zone.body());
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        assertEquals(403, editor.json("GET", "api/newsroom/admin/imports", null).statusCode(), "admins only");
    }

    // --- helpers

    private void assertMoved(String oldAddress, String newAddress) throws Exception {
        HttpResponse<String> moved = new StaffClient(base.toURI()).noRedirects(oldAddress);
        assertEquals(301, moved.statusCode(), oldAddress);
        String location = moved.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith(base.getPath() + newAddress), oldAddress + " → " + location + ", not " + newAddress);
    }

    private static JsonObject start(StaffClient admin, String body) throws Exception {
        HttpResponse<String> started = admin.json("POST", "api/newsroom/admin/imports", body);
        assertEquals(202, started.statusCode(), started.body());
        return json(started.body());
    }

    private static JsonObject finished(StaffClient admin, JsonObject started) throws Exception {
        return waitFor(admin, started.getJsonNumber("id").longValue(),
                r -> !r.getString("state").equals("RUNNING") && !r.getString("state").equals("CANCELLING"));
    }

    private static JsonObject waitFor(StaffClient admin, long id, java.util.function.Predicate<JsonObject> done) throws Exception {
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        JsonObject run;
        do {
            HttpResponse<String> answer = admin.json("GET", "api/newsroom/admin/imports/" + id, null);
            assertEquals(200, answer.statusCode(), answer.body());
            run = json(answer.body());
            if (done.test(run)) {
                return run;
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(until));
        throw new AssertionError("import " + id + " did not get there: " + run);
    }

    private static String report(StaffClient admin, JsonObject run) throws Exception {
        HttpResponse<String> answer = admin.json("GET", "api/newsroom/admin/imports/" + run.getInt("id") + "/report?max=1000", null);
        return json(answer.body()).getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .map(l -> l.getString("outcome") + " " + l.getString("item") + ": " + l.getString("message"))
                .collect(Collectors.joining("\n"));
    }

    private JsonObject article(String slug) throws Exception {
        HttpResponse<String> answer = new StaffClient(base.toURI()).get("api/articles/"
                + java.net.URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20"));
        assertEquals(200, answer.statusCode(), slug + ": " + answer.body());
        return json(answer.body());
    }

    /** The slug of the published article whose title starts so (the public list's search). */
    private String find(StaffClient admin, String titleStart) throws Exception {
        return find(admin, titleStart, "");
    }

    private String find(StaffClient admin, String titleStart, String slugStart) throws Exception {
        for (int page = 1; page <= 20; page++) {
            HttpResponse<String> answer = new StaffClient(base.toURI()).get("api/articles?size=50&page=" + page);
            List<JsonObject> articles = json(answer.body()).getJsonArray("articles").stream().map(JsonValue::asJsonObject).toList();
            for (JsonObject a : articles) {
                if (a.getString("title").startsWith(titleStart) && a.getString("slug").startsWith(slugStart)) {
                    return a.getString("slug");
                }
            }
            if (articles.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("no published article titled " + titleStart + "… with a slug starting " + slugStart);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
