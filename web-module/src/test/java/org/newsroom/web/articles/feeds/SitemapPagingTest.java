package org.newsroom.web.articles.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.news.settings.SettingInvalid;
import org.newsroom.news.settings.Settings;

class SitemapPagingTest {

    @Test
    void anEmptySiteHasOneFileWithTheHomepageOnly() {
        SitemapPaging paging = new SitemapPaging(0, 50_000);
        assertFalse(paging.needsIndex());
        assertEquals(1, paging.files());
        assertTrue(paging.includesHome(1));
        assertEquals(0, paging.articleCount(1));
    }

    @Test
    void upTo50000UrlsIncludingTheHomepagesAndTheRatesPagesIsOneUrlset() {
        SitemapPaging paging = new SitemapPaging(49_996, 50_000);
        assertFalse(paging.needsIndex());
        assertEquals(1, paging.files());
        assertEquals(0, paging.firstArticle(1));
        assertEquals(49_996, paging.articleCount(1));
    }

    @Test
    void oneUrlMoreThan50000MakesAnIndexOfTwoFiles() {
        SitemapPaging paging = new SitemapPaging(49_997, 50_000);
        assertTrue(paging.needsIndex());
        assertEquals(2, paging.files());
        assertEquals(0, paging.firstArticle(1));
        assertEquals(49_996, paging.articleCount(1), "the two homepages and the two rates pages take the first places");
        assertEquals(49_996, paging.firstArticle(2));
        assertEquals(1, paging.articleCount(2));
    }

    @Test
    void everyArticleIsInExactlyOneFileInOrder() {
        for (long articles : new long[] {0, 1, 3, 4, 5, 9, 10, 11, 23}) {
            SitemapPaging paging = new SitemapPaging(articles, 5);
            long next = 0;
            for (int file = 1; file <= paging.files(); file++) {
                assertEquals(next, paging.firstArticle(file), articles + " articles, file " + file);
                int urls = paging.articleCount(file) + (paging.includesHome(file) ? SitemapPaging.SITE_PAGES : 0);
                assertTrue(urls >= 1 && urls <= 5, "a file holds 1 to 5 URLs, file " + file + " holds " + urls);
                next += paging.articleCount(file);
            }
            assertEquals(articles, next, "all " + articles + " articles are listed");
        }
    }

    @Test
    void aMillionArticlesFillTwentyOneFiles() {
        SitemapPaging paging = new SitemapPaging(999_999, 50_000);
        assertEquals(21, paging.files());
        assertEquals(999_996, paging.firstArticle(21));
        assertEquals(3, paging.articleCount(21));
    }

    @Test
    void filesOutsideTheRangeDoNotExist() {
        SitemapPaging paging = new SitemapPaging(11, 5);
        assertEquals(3, paging.files());
        assertFalse(paging.hasFile(0));
        assertFalse(paging.hasFile(4));
        assertThrows(IllegalArgumentException.class, () -> paging.firstArticle(4));
        assertThrows(IllegalArgumentException.class, () -> paging.articleCount(-1));
    }

    @Test
    void theProtocolLimitCannotBeExceeded() {
        assertThrows(IllegalArgumentException.class, () -> new SitemapPaging(10, 50_001));
        assertThrows(IllegalArgumentException.class, () -> new SitemapPaging(10, 2));
        assertThrows(IllegalArgumentException.class, () -> new SitemapPaging(-1, 10));
    }

    @Test
    void theConfiguredSizeIsTheProtocolLimitUnlessSetAndAnUnusableOneIsRefused() {
        assertEquals(50_000, SitemapServlet.urlsPerFile(Settings.of(Map.of())));
        assertEquals(50_000, SitemapServlet.urlsPerFile(Settings.of(Map.of(SitemapServlet.URLS_PER_FILE_VARIABLE, " "))));
        assertEquals(5, SitemapServlet.urlsPerFile(Settings.of(Map.of(SitemapServlet.URLS_PER_FILE_VARIABLE, " 5 "))));
        for (String bad : new String[] {"many", "1", "60000"}) {
            SettingInvalid refused = assertThrows(SettingInvalid.class,
                    () -> SitemapServlet.urlsPerFile(Settings.of(Map.of(SitemapServlet.URLS_PER_FILE_VARIABLE, bad))));
            assertEquals(SitemapServlet.URLS_PER_FILE_VARIABLE, refused.variable());
        }
    }
}
