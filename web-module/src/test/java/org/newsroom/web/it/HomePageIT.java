package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What a reader and a member of staff see over HTTP. */
class HomePageIT extends AgainstTheServer {

    private StaffClient client() throws Exception {
        return new StaffClient(base.toURI());
    }

    @Test
    void homepageShowsTheTickerAboveTheLatestArticles() throws Exception {
        HttpResponse<String> home = client().get("");
        String html = home.body();

        assertEquals(200, home.statusCode());
        for (String pair : new String[] {"KGS/USD", "KZT/USD", "TJS/USD", "UZS/USD", "TMT/USD"}) {
            assertTrue(html.contains(pair), "ticker lists " + pair);
        }
        assertTrue(html.matches("(?s).*ticker__value\">0\\.\\d{5,7}<.*"), "values in dollars, five decimals or more");
        assertTrue(html.matches("(?s).*Viewing results 1 - 6 of \\d+.*"), "the snapshot's results caption");
        assertTrue(html.indexOf("class=\"ticker\"") < html.indexOf("class=\"teaser\""), "ticker comes first");
        String latest = html.substring(html.indexOf("class=\"latest\""), html.indexOf("class=\"country-blocks\""));
        assertEquals(6, latest.split("class=\"teaser\"", -1).length - 1, "a page of six teasers, as on the old site");
        assertTrue(html.contains("/kazakhstan\">Kazakhstan</a>"), "a block per country section links to its listing");
        assertTrue(html.contains("class=\"date-heading\""), "teasers sit under date headings");
    }

    @Test
    void aSampleArticleHasItsOwnPage() throws Exception {
        HttpResponse<String> page = client().get("article.xhtml?slug=astana-and-tashkent-engage-washingtons-central-asia-vector");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Astana and Tashkent Engage Washington’s Central Asia Vector"), page.body());
        assertTrue(page.body().contains("World Economic Forum in Davos"), "the body is shown");
    }

    @Test
    void anUnknownArticleIsAProperNotFoundPage() throws Exception {
        HttpResponse<String> missing = client().get("article.xhtml?slug=no-such-story");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"));
    }

    @Test
    void anEditorPublishesAndReadersSeeItOnTheHomepageAndItsPage() throws Exception {
        StaffClient staff = client();
        HttpResponse<String> signedIn = staff.signIn("admin", NewsroomDeployment.ADMIN_PASSWORD);
        assertTrue(signedIn.body().contains("Signed in as"), "the sign-in form leads into the newsroom");

        HttpResponse<String> published = staff.publish("Somoni steady as spring begins", "<p>Dushanbe markets were calm.</p>", "tajikistan");
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("PUBLISHED", StaffClient.json(published).getString("status"), published.body());

        StaffClient reader = client();
        assertTrue(reader.get("").body().contains("Somoni steady as spring begins"), "newest story leads the homepage");
        HttpResponse<String> page = reader.get("article.xhtml?slug=somoni-steady-as-spring-begins");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Dushanbe markets were calm."));
    }

    @Test
    void aWrongPasswordGetsTheSameMessageAsAnUnknownUser() throws Exception {
        String wrongPassword = client().signIn("admin", "not-the-password").body();
        String unknownUser = client().signIn("nobody-by-this-name", "whatever").body();

        assertTrue(wrongPassword.contains("Sign-in failed"), wrongPassword);
        assertTrue(unknownUser.contains("Sign-in failed"), unknownUser);
        assertFalse(wrongPassword.contains("Signed in as"));
    }

    @Test
    void readersCannotPublish() throws Exception {
        HttpResponse<String> attempt = client().publish("Forged", "<p>x</p>", "politics");
        assertEquals(401, attempt.statusCode(), "an anonymous POST must not create an article");
        assertFalse(client().get("").body().contains("Forged"));
    }
}
