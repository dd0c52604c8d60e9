package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The two editions over HTTP: hreflang pairs, the Russian feeds (ROME) and the sitemap (DOM), the 404 and 301. */
class EditionsIT extends AgainstTheServer {

    private static final String RUSSIAN_SAMPLE = "Визит Токаева в Вашингтон: мир — не слишком далёкий мост";
    private static final Pattern ALTERNATE = Pattern.compile(
            "<link rel=\"alternate\" hreflang=\"([a-z]+)\" href=\"([^\"]+)\"\\s*/?>");

    private DiscoveryClient reader() throws Exception {
        return new DiscoveryClient(base.toURI());
    }

    private static Map<String, String> alternates(String html) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        Matcher link = ALTERNATE.matcher(html);
        while (link.find()) {
            byLanguage.put(link.group(1), link.group(2).replace("&amp;", "&"));
        }
        return byLanguage;
    }

    private static boolean russian(String text) {
        return text.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /** The Russian sample's permalink, as the Russian edition's pattern makes it (published in February 2026). */
    private String russianSampleAddress() {
        return base + "ru/2026/02/" + org.newsroom.news.slug.Slugs.fromTitle(RUSSIAN_SAMPLE) + "/";
    }

    @Test
    void theRussianFeedsParseAndHoldOnlyRussianArticlesAtTheirEditionsAddresses() throws Exception {
        for (String path : new String[] {"ru/feed/rss.xml", "ru/feed/atom.xml", "ru/feed/kazakhstan/atom.xml"}) {
            SyndFeed feed = reader().feed(path);
            assertFalse(feed.getEntries().isEmpty(), path);
            for (SyndEntry entry : feed.getEntries()) {
                assertTrue(russian(entry.getTitle()), path + ": " + entry.getTitle());
                assertTrue(entry.getLink().startsWith(base + "ru/"), path + ": " + entry.getLink());
            }
        }
        assertTrue(reader().feed("ru/feed/kazakhstan/rss.xml").getTitle().endsWith("Казахстан"));
        assertEquals("ru", reader().feed("ru/feed/rss.xml").getLanguage());
        assertTrue(reader().feed("ru/feed/kazakhstan/atom.xml").getEntries().stream()
                .anyMatch(e -> e.getLink().equals(russianSampleAddress())), "the sample at its edition's address");
        assertTrue(reader().feed("feed/rss.xml").getEntries().stream().noneMatch(e -> e.getTitle().equals(RUSSIAN_SAMPLE)),
                "the English feed keeps to the English edition");
        assertTrue(reader().get("ru/").body().contains("href=\"" + URI.create(base.toString()).getPath() + "ru/feed/rss.xml\""),
                "the Russian homepage names its own feed");
    }

    @Test
    void theSitemapParsesAndListsTheRussianHomepageAndArticlesOnce() throws Exception {
        DiscoveryClient.Sitemap sitemap = reader().sitemap();
        assertTrue(sitemap.locations().contains(base + "ru/"));
        String article = russianSampleAddress();
        assertEquals(1, sitemap.locations().stream().filter(article::equals).count(), article);
    }

    @Test
    void translationsNameEachOtherWithAbsoluteReciprocalHreflangs() throws Exception {
        String russian = russianSampleAddress();
        HttpResponse<String> page = reader().get(russian.substring(base.toString().length()));
        assertEquals(200, page.statusCode());
        Map<String, String> fromRussian = alternates(page.body());
        assertEquals(russian, fromRussian.get("ru"), "names itself");
        String english = fromRussian.get("en");
        assertTrue(english != null && english.startsWith("http") && !english.contains("/ru/"), fromRussian.toString());

        HttpResponse<String> englishPage = reader().get(english.substring(base.toString().length()));
        assertEquals(200, englishPage.statusCode());
        assertTrue(englishPage.body().contains("<html lang=\"en\""));
        Map<String, String> fromEnglish = alternates(englishPage.body());
        assertEquals(Map.of("en", english, "ru", russian), fromEnglish, "the pair, both ways");
        assertFalse(reader().get("sitemap.xml").body().contains("hreflang"), "alternates are in the pages' heads only");
    }

    @Test
    void theHomepagesNameEachOther() throws Exception {
        Map<String, String> fromRussian = alternates(reader().get("ru/").body());
        Map<String, String> fromEnglish = alternates(reader().get("").body());
        assertEquals(Map.of("ru", base + "ru/", "en", base.toString()), fromRussian);
        assertEquals(fromRussian, fromEnglish);
    }

    @Test
    void aMissingRussianPageIsA404InRussianAndTheBareEditionAddressMovesToItsHomepage() throws Exception {
        HttpResponse<String> missing = reader().get("ru/no-such-page");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<html lang=\"ru\""));
        assertTrue(missing.body().contains("Страница не найдена"));
        HttpResponse<String> section = reader().get("ru/no-such-section-at-all");
        assertEquals(404, section.statusCode());
        HttpResponse<String> bare = reader().noRedirects("ru");
        assertEquals(301, bare.statusCode());
        assertTrue(bare.headers().firstValue("Location").orElse("").endsWith("/ru/"));
        HttpResponse<String> englishAtRussian = reader().noRedirects(russianSampleAddress().substring(base.toString().length())
                .replaceFirst("^ru/", ""));
        assertEquals(301, englishAtRussian.statusCode(), "a Russian article asked for at the English address moves to its own");
    }

    @Test
    void anEditorDraftsATranslationWhichKeepsTheSectionsAndTagsAndBothPagesLinkEachOther() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        String run = java.util.UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> english = editor.json("POST", "api/newsroom/articles", "{\"title\":\"Wheat harvest " + run
                + "\",\"body\":\"<p>Fields are full.</p>\",\"sectionSlugs\":[\"kazakhstan\"],\"tags\":[\"wheat\"]}");
        assertEquals(201, english.statusCode(), english.body());
        long englishId = StaffClient.idOf(english);
        HttpResponse<String> draft = editor.json("POST", "api/newsroom/articles/" + englishId + "/translation",
                "{\"title\":\"Урожай пшеницы " + run + "\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        jakarta.json.JsonObject russian = StaffClient.json(draft);
        assertEquals("ru", russian.getString("language"));
        assertEquals(englishId, russian.getJsonNumber("translationId").longValue());
        assertEquals("[\"kazakhstan\"]", russian.getJsonArray("sectionSlugs").toString());
        assertEquals("[\"wheat\"]", russian.getJsonArray("tags").toString());
        long russianId = russian.getJsonNumber("id").longValue();
        HttpResponse<String> refused = editor.json("PUT", "api/newsroom/articles/" + englishId + "/translation",
                "{\"translationId\":" + englishId + "}");
        assertEquals(400, refused.statusCode(), "an article is not its own translation: " + refused.body());
        for (long id : new long[] {englishId, russianId}) {
            assertEquals(200, editor.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}").statusCode());
        }
        String englishSlug = StaffClient.json(english).getString("slug");
        HttpResponse<String> englishPage = reader().get("article.xhtml?slug=" + englishSlug);
        assertEquals(200, englishPage.statusCode());
        Map<String, String> pair = alternates(englishPage.body());
        assertTrue(pair.get("ru").startsWith(base + "ru/"), pair.toString());
        assertEquals(pair, alternates(reader().get(pair.get("ru").substring(base.toString().length())).body()));
        assertTrue(englishPage.body().contains("Читать на русском"));

        assertEquals(200, editor.json("PUT", "api/newsroom/articles/" + englishId + "/translation",
                "{\"translationId\":null}").statusCode());
        assertTrue(alternates(reader().get("article.xhtml?slug=" + englishSlug).body()).isEmpty(), "unlinked: no pair");
    }

    @Test
    void aTranslationDraftNeverTakesAnAddressThatStillLeadsReadersToAnotherArticle() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        String run = java.util.UUID.randomUUID().toString().substring(0, 6);
        String headline = "Засуха в Туркестане " + run;
        HttpResponse<String> moved = editor.json("POST", "api/newsroom/articles", "{\"title\":" + StaffClient.quote(headline)
                + ",\"body\":\"<p>Урожай под угрозой.</p>\",\"sectionSlugs\":[\"kazakhstan\"]}");
        assertEquals(201, moved.statusCode(), moved.body());
        long movedId = StaffClient.idOf(moved);
        assertEquals(200, editor.json("POST", "api/newsroom/articles/" + movedId + "/actions/publish", "{}").statusCode());
        jakarta.json.JsonObject published = StaffClient.json(editor.json("GET", "api/newsroom/articles/" + movedId, null));
        String oldSlug = published.getString("slug");
        HttpResponse<String> renamed = editor.json("PUT", "api/newsroom/articles/" + movedId, "{\"version\":"
                + published.getJsonNumber("version") + ",\"title\":" + StaffClient.quote(headline)
                + ",\"slug\":\"drought-" + run + "\",\"body\":\"<p>Урожай под угрозой.</p>\"}");
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals(301, reader().noRedirects("article.xhtml?slug=" + oldSlug).statusCode(), "the old address redirects");

        HttpResponse<String> english = editor.json("POST", "api/newsroom/articles", "{\"title\":\"Drought in Turkestan "
                + run + "\",\"body\":\"<p>The harvest is at risk.</p>\",\"sectionSlugs\":[\"kazakhstan\"]}");
        assertEquals(201, english.statusCode(), english.body());
        HttpResponse<String> draft = editor.json("POST", "api/newsroom/articles/" + StaffClient.idOf(english) + "/translation",
                "{\"title\":" + StaffClient.quote(headline) + "}");
        assertEquals(201, draft.statusCode(), draft.body());
        assertEquals(oldSlug + "-2", StaffClient.json(draft).getString("slug"),
                "the old address keeps leading readers to the article that moved");
    }
}
