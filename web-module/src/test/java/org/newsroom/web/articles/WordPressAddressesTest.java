package org.newsroom.web.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsroom.web.articles.site.WordPressAddresses.Answer;
import org.newsroom.web.articles.site.WordPressAddresses;

class WordPressAddressesTest {

    private static final Set<String> SECTIONS = Set.of("economy", "energy", "kazakhstan");
    private static final Map<String, String> TAGS = Map.of("central-bank", "central bank", "тенге", "тенге");

    private static Optional<Answer> resolve(String path, String query) {
        return WordPressAddresses.resolve(path, query, SECTIONS::contains, slug -> Optional.ofNullable(TAGS.get(slug)));
    }

    private static String redirect(String path) {
        return resolve(path, null).orElseThrow().redirect();
    }

    @Test
    void postAndPageIdsAreLookedUp() {
        assertEquals("/?p=40", resolve("/", "p=40").orElseThrow().lookup());
        assertEquals("/?page_id=91", resolve("/index.php", "utm=x&page_id=91").orElseThrow().lookup());
        assertTrue(resolve("/", "q=tenge").isEmpty());
    }

    @Test
    void archivesFeedsAndPagesGoToNewsroomsOwnAddresses() {
        assertEquals("/energy", redirect("/category/economy/energy/"));
        assertEquals("/energy", redirect("/topics/economy/energy/"), "any category base");
        assertEquals("/kazakhstan?page=3", redirect("/category/kazakhstan/page/3/"));
        assertEquals("/?page=2", redirect("/page/2/"));
        assertEquals("/tag/central%20bank", redirect("/tag/central-bank/"));
        assertEquals("/tag/%D1%82%D0%B5%D0%BD%D0%B3%D0%B5", redirect("/tag/тенге/"));
        assertEquals("/author/aigerim", redirect("/author/aigerim/"));
        assertEquals("/feed/rss.xml", redirect("/feed/"));
        assertEquals("/feed/kazakhstan/rss.xml", redirect("/category/kazakhstan/feed/"));
        assertEquals("/feed/rss.xml", redirect("/2025/11/some-post/feed/"));
    }

    @Test
    void anythingElseEndingInASlashIsAnOldAddressToLookUp() {
        assertEquals("/about/", resolve("/about/", null).orElseThrow().lookup());
        assertEquals("/2026/01/post/attachment/", resolve("/2026/01/post/attachment/", null).orElseThrow().lookup());
        assertTrue(resolve("/kazakhstan", null).isEmpty(), "Newsroom's own addresses are left alone");
        assertTrue(resolve("/", null).isEmpty());
        assertTrue(resolve("/tag/unknown/", null).isEmpty());
    }

    @Test
    void tagSlugsAreWordPresses() {
        assertEquals("central-bank", WordPressAddresses.wordPressSlug("Central Bank"));
    }
}
