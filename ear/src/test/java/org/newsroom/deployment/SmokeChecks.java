package org.newsroom.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.newsroom.web.it.StaffClient;

/** What every deployment shape must do for a reader and an editor. */
final class SmokeChecks {

    private SmokeChecks() {
    }

    static void homepageHasTickerAndArticles(URI base) throws Exception {
        HttpResponse<String> home = new StaffClient(base).get("");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("class=\"ticker\""), "ticker markup");
        assertTrue(home.body().contains("KZT/USD"), "ticker content from the rates module");
        assertTrue(home.body().contains("class=\"teaser\""), "article markup from the news module");
    }

    /** Signs in through the form and publishes an article; returns its unique title. */
    static String publishAs(URI base, String username, String password, String server) throws Exception {
        StaffClient staff = new StaffClient(base);
        assertTrue(staff.signIn(username, password).body().contains("Signed in as"), "sign-in on " + server);
        String title = server + " smoke test " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> published = staff.publish(title, "<p>Written on " + server + ".</p>", "kazakhstan");
        assertEquals(200, published.statusCode(), published.body());
        assertTrue(new StaffClient(base).get("").body().contains(title), "published article on the homepage");
        return title;
    }

    /**
     * A Russian and Kazakh article is found by a Cyrillic search and listed under its Cyrillic tag:
     * the server decodes query strings and path segments as UTF-8.
     */
    static void cyrillicSearchAndTagPage(URI base, String username, String password, String server) throws Exception {
        StaffClient staff = new StaffClient(base);
        assertTrue(staff.signIn(username, password).body().contains("Signed in as"), "sign-in on " + server);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String title = "Курс тенге и Қазақстан " + run;
        HttpResponse<String> created = staff.json("POST", "api/newsroom/articles", "{\"title\":" + StaffClient.quote(title)
                + ",\"body\":" + StaffClient.quote("<p>Ұлттық банк: курс тенге өсті, әкімдік жиһаз сатып алды.</p>")
                + ",\"sectionSlugs\":[\"kazakhstan\"],\"tags\":[\"тенге\",\"Қаржы\"]}");
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> published = staff.json("POST",
                "api/newsroom/articles/" + StaffClient.idOf(created) + "/actions/publish", "{}");
        assertEquals(200, published.statusCode(), published.body());

        StaffClient reader = new StaffClient(base);
        for (String words : new String[] {"тенге " + run, "жиһаз " + run}) {
            HttpResponse<String> search = reader.get("search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
            assertEquals(200, search.statusCode());
            assertTrue(search.body().contains("value=\"" + words + "\""), () -> server + " shows the words searched for:\n"
                    + search.body());
            assertTrue(search.body().contains("Viewing results 1 - 1 of 1"), () -> server + " finds " + words + ":\n"
                    + search.body());
        }
        for (String tag : new String[] {"тенге", "Қаржы"}) {
            HttpResponse<String> listing = reader.get("tag/" + URLEncoder.encode(tag, StandardCharsets.UTF_8));
            assertEquals(200, listing.statusCode());
            assertTrue(listing.body().contains("<h1 id=\"listing-heading\">" + tag + "</h1>"),
                    () -> server + " heads the tag page with the tag:\n" + listing.body());
            assertTrue(listing.body().contains(title), () -> server + " lists the article under #" + tag);
        }
    }

    static void articleIsStillThere(URI base, String title) throws Exception {
        HttpResponse<String> home = new StaffClient(base).get("");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains(title), () -> "the article written before the restart is still published:\n" + home.body());
    }
}
