package org.newsroom.news.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleFilterTest {

    @Test
    void noFilterStillAsksForPublishedArticlesOnly() {
        Map<String, Object> parameters = new HashMap<>();
        assertEquals(" where a.status = :published", ArticleFilter.ALL.where(parameters));
        assertEquals(Map.of("published", ArticleStatus.PUBLISHED), parameters);
    }

    @Test
    void blankValuesMatchEverything() {
        ArticleFilter filter = new ArticleFilter(" ", "", null, "\t", null);
        assertNull(filter.sectionSlug());
        assertNull(filter.tag());
        assertNull(filter.language());
        assertEquals(ArticleFilter.ALL, filter);
    }

    @Test
    void sectionsTagsAndLanguagesIgnoreCaseUsernamesAreExact() {
        ArticleFilter filter = new ArticleFilter(" Kazakhstan ", "Bread", " Eddie ", "RU", null);
        Map<String, Object> parameters = new HashMap<>();
        filter.where(parameters);
        assertEquals("kazakhstan", parameters.get("section"));
        assertEquals("bread", parameters.get("tag"));
        assertEquals("Eddie", parameters.get("author"));
        assertEquals("ru", parameters.get("language"));
    }

    @Test
    void sectionAndTagMatchInSubqueriesSoNoArticleComesBackTwice() {
        String where = new ArticleFilter("politics", "bread", null, null, null).where(new HashMap<>());
        assertTrue(where.contains("exists (select x from Article x join x.sections s"), where);
        assertTrue(where.contains("exists (select y from Article y join y.tags t"), where);
        assertTrue(where.contains("function('LOWER', t) = :tag"), "EclipseLink refuses lower(t) here");
        assertFalse(where.contains("distinct"));
    }
}
