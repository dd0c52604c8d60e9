package org.newsroom.news.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleSearchIndexTest {

    private ArticleSearchIndex index;

    private static SearchableArticle article(long id, String title, String excerpt, String body, int day) {
        LocalDateTime when = LocalDateTime.of(2026, 2, day, 9, 0);
        return new SearchableArticle(id, title, excerpt, body, true, when, when, 0, org.newsroom.news.edition.Edition.EN);
    }

    @BeforeEach
    void fill() {
        index = new ArticleSearchIndex(new ByteBuffersDirectory());
        index.apply(List.of(
                article(1, "Tungsten deal signed in Astana", null, "A joint venture for critical minerals.", 10),
                article(2, "Board of Peace", "Kazakhstan joins; tungsten mentioned", "Diplomacy.", 11),
                article(3, "Markets", null, "Traders spoke of tungsten and copper prices.", 12),
                article(4, "Markets again", null, "Traders spoke of tungsten and copper prices.", 13),
                article(5, "Токаев в Вашингтоне", null, "Визит президента.", 14)));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aTitleMatchRanksAboveAStandfirstMatchAboveABodyMatchAndTiesGoNewestFirst() {
        SearchHits hits = index.search("tungsten", 0, 10);
        assertEquals(List.of(1L, 2L, 4L, 3L), hits.ids());
        assertEquals(4, hits.total());
    }

    @Test
    void everyWordMustOccur() {
        assertEquals(List.of(4L, 3L), index.search("copper TUNGSTEN", 0, 10).ids());
    }

    @Test
    void pagesAreSlicesOfTheSameOrder() {
        assertEquals(List.of(4L, 3L), index.search("tungsten", 2, 2).ids());
        assertEquals(4, index.search("tungsten", 2, 2).total());
    }

    @Test
    void cyrillicIsSearchable() {
        assertEquals(List.of(5L), index.search("токаев", 0, 10).ids());
    }

    @Test
    void anUnpublishedArticleLeavesTheIndex() {
        index.apply(List.of(new SearchableArticle(1, "x", null, "x", false, null, null, 0, org.newsroom.news.edition.Edition.EN)));
        assertEquals(List.of(2L, 4L, 3L), index.search("tungsten", 0, 10).ids());
    }

    @ParameterizedTest
    @ValueSource(strings = {"' OR 1=1 --", "<script>alert(1)</script>", ".*(", "\"unclosed", "\\", "tungsten * ~ ^ ( ) ! ?", "AND OR NOT",
            "title:tungsten", "[a-z]+", "~~~", "", "   "})
    void hostileOrEmptyQueriesAreJustText(String query) {
        SearchHits hits = index.search(query, 0, 10);
        assertTrue(hits.total() >= 0);
        if (query.startsWith("tungsten ")) {
            assertTrue(hits.ids().contains(1L), "the word is still found: " + query);
        }
    }

    @Test
    void aVeryLongQueryUsesItsFirstTerms() {
        StringBuilder words = new StringBuilder("tungsten");
        for (int n = 0; n < 5000; n++) {
            words.append(" word").append(n);
        }
        SearchHits hits = index.search(words.toString(), 0, 10);
        assertEquals(0, hits.total(), "the extra words must occur too, so nothing matches");
        assertEquals(12, hits.terms().size(), "at most twelve terms are used");
    }
}
