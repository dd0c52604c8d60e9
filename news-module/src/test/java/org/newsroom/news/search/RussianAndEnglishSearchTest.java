package org.newsroom.news.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Readers search the way they write: any form of a Russian or English word, "ё" or "е", Kazakh as written. */
class RussianAndEnglishSearchTest {

    private ArticleSearchIndex index;

    private static SearchableArticle article(long id, String title, String body) {
        LocalDateTime when = LocalDateTime.of(2026, 3, (int) id, 9, 0);
        return new SearchableArticle(id, title, null, body, true, when, when, 0, org.newsroom.news.edition.Edition.EN);
    }

    @BeforeEach
    void fill() {
        index = new ArticleSearchIndex(new ByteBuffersDirectory());
        index.apply(List.of(
                article(1, "Нацбанк удержал курс", "Курс тенге к доллару не изменился."),
                article(2, "Торговля курсом рубля", "Биржа закрылась с курсом выше вчерашнего."),
                article(3, "Ёлка на площади", "В Алматы установили ёлку."),
                article(4, "Exchange rates held", "The national bank kept its rate."),
                article(5, "Теңге нығайды", "Ұлттық банк бағамды жариялады."),
                article(6, "Погода", "Дожди в Астане.")));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void everyFormOfARussianWordFindsTheOthers() {
        for (String query : new String[] {"курс", "курса", "курсом", "КУРСЫ"}) {
            assertEquals(List.of(2L, 1L), index.search(query, 0, 10).ids(), query);
        }
        assertEquals(index.terms("укрепился"), index.terms("укрепилась"), "verbs too, whatever their gender");
    }

    @Test
    void yoAndYeAreTheSameLetter() {
        assertEquals(List.of(3L), index.search("елка", 0, 10).ids());
        assertEquals(List.of(3L), index.search("ёлки", 0, 10).ids());
    }

    @Test
    void englishIsStemmedToo() {
        assertEquals(List.of(4L), index.search("rate", 0, 10).ids());
        assertEquals(List.of(4L), index.search("exchanging rate", 0, 10).ids());
    }

    @Test
    void kazakhWordsAreFoundAsWritten() {
        assertEquals(List.of(5L), index.search("теңге", 0, 10).ids());
        assertEquals(List.of(5L), index.search("ҰЛТТЫҚ", 0, 10).ids());
        assertEquals(List.of("теңге"), index.terms("Теңге"), "a Kazakh word is not cut by Russian rules");
    }

    @Test
    void theHighlightedWordsAreEveryFormOfTheQuery() {
        SearchTerms terms = new SearchTerms(index.terms("курс ёлка rates"));
        assertTrue(terms.matches("курсом"));
        assertTrue(terms.matches("Курса"));
        assertTrue(terms.matches("ЕЛКУ"));
        assertTrue(terms.matches("rate"));
        assertFalse(terms.matches("курица"));
        assertFalse(SearchTerms.none().matches("курс"));
    }

    @Test
    void anEditionsSearchFindsOnlyThatEditionsArticles() {
        LocalDateTime when = LocalDateTime.of(2026, 3, 1, 9, 0);
        try (ArticleSearchIndex editions = new ArticleSearchIndex(new ByteBuffersDirectory())) {
            editions.apply(List.of(
                    new SearchableArticle(1, "Курс тенге", null, "Нацбанк", true, when, when, 0, org.newsroom.news.edition.Edition.RU),
                    new SearchableArticle(2, "Tenge rate", null, "Курс in the English edition", true, when, when,
                            0, org.newsroom.news.edition.Edition.EN)));

            assertEquals(List.of(1L), editions.search("курсом", org.newsroom.news.edition.Edition.RU, 0, 10).ids());
            assertEquals(List.of(2L), editions.search("курсом", org.newsroom.news.edition.Edition.EN, 0, 10).ids());
            assertEquals(2, editions.search("курсом", 0, 10).total());
        }
    }
}
