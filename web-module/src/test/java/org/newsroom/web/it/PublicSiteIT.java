package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Readers' listings and article pages: paging wording, readable addresses, what search engines read. */
class PublicSiteIT extends AgainstTheServer {

    @Test
    void aTagListingPagesSixAtATimeNewestFirstWithTheOldSitesWording() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        String tag = "paging" + UUID.randomUUID().toString().substring(0, 6);
        for (int n = 1; n <= 54; n++) {
            HttpResponse<String> draft = editor.json("POST", "api/newsroom/articles", "{\"title\":\"Paged story " + n + " " + tag
                    + "\",\"body\":\"<p>Story " + n + ".</p>\",\"tags\":[\"" + tag + "\"]}");
            editor.json("POST", "api/newsroom/articles/" + StaffClient.idOf(draft) + "/actions/publish", "{}");
        }
        StaffClient reader = new StaffClient(base.toURI());
        String first = reader.get("tag/" + tag).body();
        assertTrue(first.contains("Viewing results 1 - 6 of 54"), "first page caption");
        assertTrue(first.indexOf("Paged story 54 ") < first.indexOf("Paged story 49 "), "newest first");

        HttpResponse<String> second = reader.get("tag/" + tag + "?page=2");
        assertEquals(200, second.statusCode());
        assertTrue(second.body().contains("Viewing results 7 - 12 of 54"), "second page caption, as the old site wrote it");
        assertEquals(stories(48, 43), storiesOn(second.body()), "the next six, newest first");

        String last = reader.get("tag/" + tag + "?page=9").body();
        assertTrue(last.contains("Viewing results 49 - 54 of 54"), "last page caption");
        assertEquals(stories(6, 1), storiesOn(last));
        assertEquals(404, reader.get("tag/" + tag + "?page=10").statusCode(), "past the last page");
    }

    private static List<String> stories(int newest, int oldest) {
        return IntStream.iterate(newest, n -> n >= oldest, n -> n - 1).mapToObj(n -> "Paged story " + n).toList();
    }

    private static List<String> storiesOn(String html) {
        return Pattern.compile("(Paged story \\d+) ").matcher(html).results().map(match -> match.group(1)).toList();
    }

    @Test
    void unchangedPagesAnswer304AndAPublishShowsOnTheVeryNextRequest() throws Exception {
        StaffClient reader = new StaffClient(base.toURI());
        HttpResponse<String> first = reader.get("");
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
        assertTrue(first.headers().firstValue("Last-Modified").isPresent());
        assertEquals(304, reader.get("", "If-None-Match", etag).statusCode(), "nothing changed: 304, no page");

        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        String title = "Breaking " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> draft = editor.json("POST", "api/newsroom/articles", "{\"title\":\"" + title + "\",\"body\":\"<p>Now.</p>\"}");
        editor.json("POST", "api/newsroom/articles/" + StaffClient.idOf(draft) + "/actions/publish", "{}");

        HttpResponse<String> next = reader.get("", "If-None-Match", etag);
        assertEquals(200, next.statusCode(), "the publish changed the page");
        assertTrue(next.body().contains(title), "and the next request shows it");
    }

    @Test
    void searchRanksHeadlineMatchesFirstMarksTheWordsAndForgetsUnpublishedArticles() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        publish(editor, "Quiet markets", "<p>Traders mentioned " + word + " once.</p>");
        long inTitle = publish(editor, "The " + word + " question", "<p>Answered.</p>");

        StaffClient reader = new StaffClient(base.toURI());
        String results = reader.get("search?q=" + word).body();
        assertTrue(results.contains("Viewing results 1 - 2 of 2"), "both found");
        assertTrue(results.indexOf("question") < results.indexOf("Quiet markets"), "the headline match ranks first");
        assertTrue(results.contains("<mark>" + word + "</mark>"), "the searched word is marked");

        editor.json("POST", "api/newsroom/articles/" + inTitle + "/actions/unpublish", "{}");
        String after = reader.get("search?q=" + word).body();
        assertTrue(after.contains("Viewing results 1 - 1 of 1") && !after.contains("question"), "gone from search at once");
        assertTrue(after.contains("Quiet markets"), "the other match stays");
    }

    @Test
    void emptyOverLongAndHostileQueriesGiveANormalPage() throws Exception {
        StaffClient reader = new StaffClient(base.toURI());
        for (String query : new String[] {"", "%27%20OR%201%3D1%20--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", ".*(%5B",
                "%22unclosed", "%5C", "AND%20OR%20NOT", "a".repeat(5000)}) {
            HttpResponse<String> page = reader.get("search?q=" + query);
            assertEquals(200, page.statusCode(), query);
            assertTrue(!page.body().contains("<script>alert(1)</script>"), "the query is never echoed raw");
        }
        assertTrue(reader.get("search?q=" + "word ".repeat(100).replace(" ", "%20")).body()
                .contains("Only the first 200 characters were searched."));
    }

    private static long publish(StaffClient editor, String title, String body) throws Exception {
        long id = StaffClient.idOf(editor.json("POST", "api/newsroom/articles",
                "{\"title\":" + StaffClient.quote(title) + ",\"body\":" + StaffClient.quote(body) + "}"));
        editor.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}");
        return id;
    }

    @Test
    void theHomepageAndAListingTakeTheSameNumberOfStatementsHoweverManyArticlesThereAre() throws Exception {
        StaffClient reader = new StaffClient(base.toURI());
        int homeBefore = settledStatements(reader, "");
        int listingBefore = settledStatements(reader, "kazakhstan");

        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        for (int n = 0; n < 12; n++) {
            long id = StaffClient.idOf(editor.json("POST", "api/newsroom/articles", "{\"title\":\"Volume " + n + " "
                    + UUID.randomUUID().toString().substring(0, 6) + "\",\"body\":\"<p>More.</p>\",\"sectionSlugs\":[\"kazakhstan\"]}"));
            editor.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}");
        }

        // Right after a change the totals, the ticker and the validators are read again once.
        int homeAfterChange = statements(reader.get(rendered("")));
        assertTrue(homeAfterChange <= 40, "the homepage takes " + homeAfterChange + " statements after a change");
        assertEquals(homeBefore, settledStatements(reader, ""), "homepage: no statement per article");
        assertEquals(listingBefore, settledStatements(reader, "kazakhstan"), "listing: no statement per article");
    }

    /** Statements of a rendered page once what is read per change has been read. */
    private static int settledStatements(StaffClient reader, String path) throws Exception {
        // The once-a-second validator check runs beside requests and may move the generation on between two
        // of them (pages are fast enough now for that to happen): settled is two renders in a row that agree.
        int previous = statements(reader.get(rendered(path)));
        for (int attempt = 0; attempt < 5; attempt++) {
            Thread.sleep(1200);
            int now = statements(reader.get(rendered(path)));
            if (now == previous) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    /** An address no earlier request used, so the page cache has no copy and the page is rendered. */
    private static String rendered(String path) {
        return path + "?uncached=" + UUID.randomUUID();
    }

    private static int statements(HttpResponse<String> page) {
        assertEquals(200, page.statusCode());
        return Integer.parseInt(page.headers().firstValue("X-SQL-Statements")
                .orElseThrow(() -> new AssertionError("no X-SQL-Statements header")));
    }

    @Test
    void sectionAndAuthorListingsHaveReadableAddresses() throws Exception {
        StaffClient reader = new StaffClient(base.toURI());
        String kazakhstan = reader.get("kazakhstan").body();
        assertTrue(kazakhstan.contains("<h1 id=\"listing-heading\">Kazakhstan</h1>"), "section by its slug");
        assertTrue(kazakhstan.matches("(?s).*Viewing results 1 - \\d of \\d+.*"));
        assertTrue(reader.get("author/admin").body().contains("Newsroom Admin"), "author by username");
        assertEquals(404, reader.get("no-such-section").statusCode());
    }

    @Test
    void anArticlePageCarriesWhatSearchEnginesAndLinkPreviewsRead() throws Exception {
        String slug = "astana-and-tashkent-engage-washingtons-central-asia-vector";
        String html = new StaffClient(base.toURI()).get("article.xhtml?slug=" + slug).body();
        assertTrue(html.contains("<link rel=\"canonical\" href=\"http"), "absolute canonical URL");
        assertTrue(html.contains("property=\"og:title\" content=\"Astana and Tashkent Engage Washington’s Central Asia Vector\""));
        assertTrue(html.contains("name=\"description\" content=\"On January 22"), "meta description from the standfirst");
        Matcher script = Pattern.compile("(?s)<script type=\"application/ld\\+json\"[^>]*>(.*?)</script>").matcher(html);
        assertTrue(script.find(), "schema.org data present");
        JsonObject data = Json.createReader(new StringReader(script.group(1))).readObject();
        assertEquals("NewsArticle", data.getString("@type"));
        assertEquals("Astana and Tashkent Engage Washington’s Central Asia Vector", data.getString("headline"));
        assertTrue(data.getString("datePublished").startsWith("2026-02-18T13:40+05:00"), data.toString());
        assertTrue(html.contains("/uzbekistan\">Uzbekistan</a>"), "section links");
    }
}
