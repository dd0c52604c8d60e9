package org.newsroom.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
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

    static void articleIsStillThere(URI base, String title) throws Exception {
        HttpResponse<String> home = new StaffClient(base).get("");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains(title), () -> "the article written before the restart is still published:\n" + home.body());
    }
}
