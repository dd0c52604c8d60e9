package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * What feed readers, crawlers and API clients get: feeds parsed back with ROME, sitemaps with the
 * JDK's XML parser, the JSON API; and that publishing and unpublishing show in all of them at once.
 * Other test classes publish into the same database, so counts are compared with the API's total,
 * and the uzbekistan section (used by no other test) holds only the two sample articles.
 */
class DiscoveryIT extends AgainstTheServer {

    private static final String ASTANA = "Astana and Tashkent Engage Washington’s Central Asia Vector";
    private static final String JACKSON_VANIK = "Jackson-Vanik Repeal Gains Momentum as U.S. Courts Central Asia";

    private DiscoveryClient reader() throws Exception {
        return new DiscoveryClient(base.toURI());
    }

    @Test
    void theSiteFeedsCarryTheLatestTwentyNewestFirstWithEveryField() throws Exception {
        DiscoveryClient reader = reader();
        // the site's feeds are the English edition's (the Russian one has its own under /ru/feed/)
        long published = reader.apiList("api/articles?edition=en").getJsonNumber("total").longValue();
        for (String path : new String[] {"feed/rss.xml", "feed/atom.xml"}) {
            SyndFeed feed = reader.feed(path);
            assertEquals(path.contains("rss") ? "rss_2.0" : "atom_1.0", feed.getFeedType());
            assertEquals("Newsroom", feed.getTitle());
            if (path.contains("rss")) {
                assertEquals(base.toString(), feed.getLink(), "links to the homepage");
            } else {
                // ROME reads an Atom feed's self link back as its link; the homepage is the alternate one.
                assertEquals(base + path, feed.getLink());
                assertTrue(feed.getLinks().stream().anyMatch(link -> "alternate".equals(link.getRel())
                        && link.getHref().equals(base.toString())), "links to the homepage");
            }
            List<SyndEntry> entries = feed.getEntries();
            assertEquals(Math.min(20, published), entries.size(), path);
            Date previous = null;
            for (SyndEntry entry : entries) {
                assertTrue(entry.getLink().matches(java.util.regex.Pattern.quote(base.toString()) + "\\d{4}/\\d{2}/[^/]+/"), "a permalink: " + entry.getLink());
                // Other tests' articles may have no section or an empty body: those fields are checked
                // on the uzbekistan feed, whose articles are known.
                assertFalse(entry.getTitle().isBlank());
                assertNotNull(entry.getAuthor());
                assertTrue(previous == null || !entry.getPublishedDate().after(previous), "newest first");
                previous = entry.getPublishedDate();
            }
        }
    }

    @Test
    void aSectionFeedHasItsArticlesOnlyWithTheirDatesAndSections() throws Exception {
        DiscoveryClient reader = reader();
        for (String path : new String[] {"feed/uzbekistan/rss.xml", "feed/uzbekistan/atom.xml"}) {
            SyndFeed feed = reader.feed(path);
            assertEquals("Newsroom: Uzbekistan", feed.getTitle());
            assertEquals(List.of(JACKSON_VANIK, ASTANA), feed.getEntries().stream().map(SyndEntry::getTitle).toList(), path);
            SyndEntry astana = feed.getEntries().get(1);
            assertEquals(Date.from(Instant.parse("2026-02-18T08:40:00Z")), astana.getPublishedDate(), path);
            assertEquals(List.of("Uzbekistan", "Politics"), astana.getCategories().stream().map(SyndCategory::getName).toList());
            assertEquals("Newsroom Admin", astana.getAuthor());
            assertEquals(base + "2026/02/astana-and-tashkent-engage-washingtons-central-asia-vector/", astana.getLink());
            assertTrue(astana.getDescription().getValue().startsWith("On "), astana.getDescription().getValue());
        }
    }

    @Test
    void unknownFeedsAreNotFoundAndKnownOnesAnswer304WhenUnchanged() throws Exception {
        DiscoveryClient reader = reader();
        assertEquals(404, reader.get("feed/no-such-section/rss.xml").statusCode());
        assertEquals(404, reader.get("feed/rss").statusCode());
        HttpResponse<String> rss = reader.get("feed/rss.xml");
        assertTrue(rss.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
        assertTrue(reader.get("feed/atom.xml").headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        String etag = rss.headers().firstValue("ETag").orElseThrow();
        assertTrue(rss.headers().firstValue("Cache-Control").orElse("").contains("max-age="));
        assertEquals(304, reader.get("feed/rss.xml", "If-None-Match", etag).statusCode());
    }

    @Test
    void theSitemapListsTheHomepageAndEveryPublishedArticleInPagesOfTheConfiguredSize() throws Exception {
        DiscoveryClient reader = reader();
        long published;
        DiscoveryClient.Sitemap sitemap;
        int attempts = 0;
        do { // a scheduled article of another test may go out while the sitemap is read: read again
            published = reader.apiList("api/articles").getJsonNumber("total").longValue();
            sitemap = reader.sitemap();
        } while (published != reader.apiList("api/articles").getJsonNumber("total").longValue() && ++attempts < 3);
        int perFile = DiscoveryClient.urlsPerSitemapFile();
        assertEquals(published + 4 > perFile, sitemap.indexed(), "an index only beyond " + perFile + " URLs");
        assertTrue(sitemap.largestFile() <= perFile, "no file holds more than " + perFile);
        assertEquals(published + 4, sitemap.locations().size(),
                "the two editions' homepages and rates pages and each published article, once");
        assertEquals(sitemap.locations().size(), sitemap.locations().stream().distinct().count());
        assertEquals(base.toString(), sitemap.locations().get(0));
        assertEquals(base + "ru/", sitemap.locations().get(1));
        assertEquals(base + "rates", sitemap.locations().get(2));
        assertEquals(base + "ru/rates", sitemap.locations().get(3), "the Russian rates page");
        assertTrue(sitemap.locations().contains(base + "2026/02/astana-and-tashkent-engage-washingtons-central-asia-vector/"));
        assertTrue(sitemap.lastModified().stream().allMatch(date -> date.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ")),
                sitemap.lastModified().toString());
        assertEquals(400, reader.get("sitemap.xml?page=first").statusCode());
        assertEquals(404, reader.get("sitemap.xml?page=0").statusCode());
        assertEquals(404, reader.get("sitemap.xml?page=" + (sitemap.files() + 1)).statusCode());
    }

    @Test
    void theNewsSitemapHasOnlyTheLast48Hours() throws Exception {
        Document news = reader().xml("sitemap-news.xml");
        assertEquals("urlset", news.getDocumentElement().getLocalName());
        assertFalse(DiscoveryClient.texts(news, DiscoveryClient.SITEMAP_NS, "loc").stream().anyMatch(loc -> loc.contains("astana")),
                "February's sample articles are too old for Google News");
    }

    @Test
    void robotsTxtKeepsCrawlersOutOfTheNewsroomAndNamesTheSitemaps() throws Exception {
        HttpResponse<String> robots = reader().get("robots.txt");
        assertEquals(200, robots.statusCode());
        assertTrue(robots.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String context = base.getPath();
        String text = robots.body();
        assertTrue(text.contains("User-agent: *\nAllow: " + context + "\n"), text);
        assertTrue(text.contains("Disallow: " + context + "newsroom/\n"), text);
        assertTrue(text.contains("Disallow: " + context + "api/newsroom/\n"), text);
        assertTrue(text.contains("Sitemap: " + base + "sitemap.xml\n"), text);
        assertTrue(text.contains("Sitemap: " + base + "sitemap-news.xml\n"), text);
    }

    @Test
    void thePublicApiPagesAndFilters() throws Exception {
        DiscoveryClient reader = reader();
        // the English edition's: the Russian edition has a sample in Uzbekistan too
        JsonObject first = reader.apiList("api/articles?section=uzbekistan&edition=en&size=1");
        assertEquals(2, first.getInt("total"));
        assertEquals(2, first.getInt("pages"));
        assertEquals(JACKSON_VANIK, first.getJsonArray("articles").getJsonObject(0).getString("title"));
        assertTrue(first.getString("next").contains("page=2"), first.toString());
        JsonObject second = reader.apiList("api/articles?section=uzbekistan&edition=en&size=1&page=2");
        JsonObject astana = second.getJsonArray("articles").getJsonObject(0);
        assertEquals(ASTANA, astana.getString("title"));
        assertEquals("2026-02-18T08:40:00Z", astana.getString("publishedAt"));
        assertEquals("admin", astana.getJsonObject("author").getString("username"));
        assertEquals("[{\"slug\":\"uzbekistan\",\"name\":\"Uzbekistan\"},{\"slug\":\"politics\",\"name\":\"Politics\"}]",
                astana.getJsonArray("sections").toString());
        assertEquals(base + "2026/02/" + astana.getString("slug") + "/", astana.getString("url"));
        assertFalse(astana.containsKey("body"), "lists leave bodies out");
        assertFalse(second.containsKey("next"));
        assertEquals(0, reader.apiList("api/articles?section=uzbekistan&page=9").getJsonArray("articles").size(),
                "past the last page: an empty page, not an error");

        assertEquals(0, reader.apiList("api/articles?section=uzbekistan&tag=nothing-tagged-so").getInt("total"));
        assertEquals(2, reader.apiList("api/articles?section=UZBEKISTAN&author=admin&language=en").getInt("total"));
        assertEquals(1, reader.apiList("api/articles?section=uzbekistan&language=ru").getInt("total"), "the Russian sample");
        assertEquals(1, reader.apiList("api/articles?section=uzbekistan&edition=ru").getInt("total"));
        assertEquals(400, reader.get("api/articles?edition=kk").statusCode(), "no Kazakh edition yet");

        HttpResponse<String> one = reader.get("api/articles/" + astana.getString("slug"));
        assertEquals(200, one.statusCode());
        assertTrue(DiscoveryClient.json(one).getString("body").contains("World Economic Forum in Davos"));
        assertEquals(304, reader.get("api/articles/" + astana.getString("slug"), "If-None-Match",
                one.headers().firstValue("ETag").orElseThrow()).statusCode());
        HttpResponse<String> unknown = reader.get("api/articles/no-such-story");
        assertEquals(404, unknown.statusCode());
        assertTrue(DiscoveryClient.json(unknown).getString("error").contains("no-such-story"));
    }

    @Test
    void badPageParametersAreRefusedWithJson() throws Exception {
        DiscoveryClient reader = reader();
        for (String query : new String[] {"page=0", "page=-1", "page=two", "size=0", "size=51", "size=ten", "page=1.5"}) {
            HttpResponse<String> refused = reader.get("api/articles?" + query);
            assertEquals(400, refused.statusCode(), query);
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), query);
            assertFalse(DiscoveryClient.json(refused).getString("error").isBlank(), query);
        }
    }

    @Test
    void aPublishedArticleShowsEverywhereAndOnceUnpublishedIsGoneEverywhereAnswering410() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        String tag = "discovery-" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Ashgabat cotton harvest " + tag;
        HttpResponse<String> draft = editor.json("POST", "api/newsroom/articles", "{\"title\":" + StaffClient.quote(title)
                + ",\"body\":\"<p>Pickers finished early.</p>\",\"excerpt\":\"Early finish in the fields.\""
                + ",\"sectionSlugs\":[\"turkmenistan\",\"economy\"],\"tags\":[" + StaffClient.quote(tag) + "],\"language\":\"ru\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        long id = StaffClient.idOf(draft);
        String slug = DiscoveryClient.json(draft).getString("slug");
        // Its permalink: the Russian edition's, the year and month it is published in, in the outlet's zone (published now).
        String link = base + java.time.format.DateTimeFormatter.ofPattern("'ru/'yyyy/MM/")
                .format(java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Almaty"))) + slug + "/";
        DiscoveryClient reader = reader();
        assertEquals(404, reader.get("api/articles/" + slug).statusCode(), "a draft is nobody's business");
        assertFalse(reader.everywhere().anywhere(link), "not before it is published");

        assertEquals(200, editor.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}").statusCode());
        DiscoveryClient.Sightings seen = reader.everywhere();
        for (String place : DiscoveryClient.PLACES) {
            assertTrue(seen.in(place).contains(link), link + " in " + place);
        }
        assertFalse(reader.feed("feed/rss.xml").getEntries().stream().anyMatch(e -> e.getLink().equals(link)),
                "a Russian article is not in the English edition's feed");
        SyndEntry entry = reader.feed("ru/feed/turkmenistan/atom.xml").getEntries().get(0);
        assertEquals(title, entry.getTitle());
        assertEquals("Early finish in the fields.", entry.getDescription().getValue());
        assertEquals("Eddie Editor", entry.getAuthor());
        JsonObject listed = reader.apiList("api/articles?tag=" + tag.toUpperCase()).getJsonArray("articles").getJsonObject(0);
        assertEquals(List.of(tag), listed.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        assertEquals("ru", listed.getString("language"));
        assertEquals(Date.from(Instant.parse(listed.getString("publishedAt"))), entry.getPublishedDate(), "the same date everywhere");
        Document news = reader.xml("sitemap-news.xml");
        int at = DiscoveryClient.texts(news, DiscoveryClient.SITEMAP_NS, "loc").indexOf(link);
        assertEquals(title, DiscoveryClient.texts(news, DiscoveryClient.NEWS_NS, "title").get(at));
        assertEquals("ru", DiscoveryClient.texts(news, DiscoveryClient.NEWS_NS, "language").get(at));
        assertEquals("Newsroom", DiscoveryClient.texts(news, DiscoveryClient.NEWS_NS, "name").get(at));
        assertEquals(listed.getString("publishedAt"), DiscoveryClient.texts(news, DiscoveryClient.NEWS_NS, "publication_date").get(at));
        assertEquals(200, reader.get("api/articles/" + slug).statusCode());

        assertEquals(200, editor.json("POST", "api/newsroom/articles/" + id + "/actions/unpublish", "{}").statusCode());
        DiscoveryClient.Sightings after = reader.everywhere();
        for (String place : DiscoveryClient.PLACES) {
            assertFalse(after.in(place).contains(link), link + " still in " + place);
        }
        assertEquals(0, reader.apiList("api/articles?tag=" + tag).getInt("total"));
        HttpResponse<String> gone = reader.get("api/articles/" + slug);
        assertEquals(410, gone.statusCode());
        assertTrue(DiscoveryClient.json(gone).getString("error").contains("withdrawn"));
    }

    @Test
    void anOldSlugMovesPermanentlyToTheCurrentApiAddress() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        String title = "Turkmen gas deal " + UUID.randomUUID().toString().substring(0, 8);
        long id = StaffClient.idOf(editor.createDraft(title, "<p>Signed.</p>", "turkmenistan"));
        assertEquals(200, editor.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}").statusCode());
        JsonObject article = DiscoveryClient.json(editor.json("GET", "api/newsroom/articles/" + id, null));
        String oldSlug = article.getString("slug");
        String newSlug = "gas-deal-signed-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(200, editor.json("PUT", "api/newsroom/articles/" + id, "{\"version\":" + article.getJsonNumber("version")
                + ",\"title\":" + StaffClient.quote(title) + ",\"slug\":\"" + newSlug + "\",\"body\":\"<p>Signed.</p>\""
                + ",\"sectionSlugs\":[\"turkmenistan\"]}").statusCode());

        HttpResponse<String> moved = reader().noRedirects("api/articles/" + oldSlug);
        assertEquals(301, moved.statusCode());
        assertEquals(base + "api/articles/" + newSlug, moved.headers().firstValue("Location").orElse(""));
        assertEquals(200, reader().get("api/articles/" + newSlug).statusCode());
        assertTrue(reader().sitemap().locations().stream().noneMatch(l -> l.endsWith("/" + oldSlug + "/")), "only current addresses");
    }
}
