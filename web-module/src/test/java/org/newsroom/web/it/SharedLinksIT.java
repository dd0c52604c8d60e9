package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Readers arriving from Facebook, Telegram or a newsletter carry a different fbclid or utm_* on every click
 * (issue 15, point 8): the page cache, the ETag and the canonical address ignore them, so such a click is a
 * cache hit, not a full render; the page's own parameters (?page=) still count.
 */
class SharedLinksIT extends AgainstTheServer {

    private static final String CACHE = "X-Page-Cache";

    @Test
    void anArticleSharedWithAFreshFbclidOnEveryClickIsServedFromTheCache() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        String title = "Shared story " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> draft = editor.json("POST", "api/newsroom/articles", "{\"title\":\"" + title + "\",\"body\":\"<p>Viral.</p>\"}");
        long id = StaffClient.idOf(draft);
        editor.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}");
        String slug = editor.json("GET", "api/newsroom/articles/" + id, null).body().replaceAll("(?s).*\"slug\":\"([^\"]+)\".*", "$1");

        StaffClient reader = new StaffClient(base.toURI());
        String article = "article.xhtml?slug=" + slug;
        HttpResponse<String> first;
        HttpResponse<String> second;
        HttpResponse<String> plain;
        int attempts = 0;
        do { // another test's scheduled article may go out between two clicks and retire the cached copy: click again
            first = reader.get(article + "&fbclid=IwAR" + UUID.randomUUID());
            assertEquals(200, first.statusCode());
            second = reader.get(article + "&fbclid=IwAR" + UUID.randomUUID() + "&utm_source=facebook&utm_medium=social");
            plain = reader.get(article);
        } while (!(isHit(second) && isHit(plain)) && ++attempts < 3);
        assertEquals("hit", second.headers().firstValue(CACHE).orElse(""), "another click, another fbclid: the same cached page");
        assertEquals("hit", plain.headers().firstValue(CACHE).orElse(""), "the plain address shares the copy");
        assertEquals(first.headers().firstValue("ETag").orElseThrow(), second.headers().firstValue("ETag").orElseThrow(),
                "one validator for the page however it was reached");
        assertEquals(304, reader.get(article + "&gclid=Cj0" + UUID.randomUUID(), "If-None-Match",
                first.headers().firstValue("ETag").orElseThrow()).statusCode(), "a browser's copy stays good too");
        assertFalse(canonical(second.body()).contains("fbclid") || canonical(second.body()).contains("utm_"), canonical(second.body()));
    }

    @Test
    void aListingKeepsItsPageButNotTheTracker() throws Exception {
        StaffClient reader = new StaffClient(base.toURI());
        HttpResponse<String> tracked = reader.get("kazakhstan?utm_source=telegram&utm_campaign=morning&yclid=" + UUID.randomUUID());
        assertEquals(200, tracked.statusCode());
        assertTrue(canonical(tracked.body()).endsWith("/kazakhstan"), canonical(tracked.body()));
        HttpResponse<String> home = reader.get("?fbclid=" + UUID.randomUUID());
        assertTrue(canonical(home.body()).endsWith("/"), canonical(home.body()));
        HttpResponse<String> paged = reader.get("?page=2&fbclid=" + UUID.randomUUID());
        assertTrue(canonical(paged.body()).endsWith("/?page=2"), "the page's own parameter stays: " + canonical(paged.body()));
    }

    private static boolean isHit(HttpResponse<String> response) {
        return "hit".equals(response.headers().firstValue(CACHE).orElse(""));
    }

    private static String canonical(String html) {
        Matcher link = Pattern.compile("<link rel=\"canonical\" href=\"([^\"]+)\"").matcher(html);
        assertTrue(link.find(), "a canonical link");
        return link.group(1);
    }
}
