package org.newsroom.news.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HeadlineSearchTest {

    /** What the database's LIKE does with the pattern, in Java, so the test can say "found" or not. */
    private static boolean found(String typed, String headline) {
        String like = HeadlineSearch.containing(typed);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == HeadlineSearch.ESCAPE) {
                regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return HeadlineSearch.fold(headline).matches(regex.toString());
    }

    @Test
    void aRussianFragmentFindsTheHeadlineInAnyLetterCase() {
        assertTrue(found("КУРС тенге", "Курс тенге укрепился"));
        assertTrue(found("укреп", "КУРС ТЕНГЕ УКРЕПИЛСЯ"));
    }

    @Test
    void kazakhLettersFoldToo() {
        assertEquals("әғқңөұүһі", HeadlineSearch.fold("ӘҒҚҢӨҰҮҺІ"));
        assertTrue(found("қазақстан", "ҚАЗАҚСТАН ЖӘНЕ ҰЛТТЫҚ БАНК"));
    }

    @Test
    void yoAndYeAreOneLetterAsRussianReadersTypeThem() {
        assertTrue(found("еще", "Ещё один рекорд"));
        assertTrue(found("ЁЛКА", "Елка на площади"));
    }

    @Test
    void percentAndUnderscoreAreSearchedAsThemselves() {
        assertTrue(found("16.5%", "Inflation at 16.5% in Almaty"));
        assertTrue(!found("16%", "Inflation at 16.5% in Almaty"));
        assertTrue(!found("a_b", "axb"));
        assertTrue(found("a_b", "file a_b"));
    }

    @Test
    void nothingTypedIsNoCondition() {
        assertNull(HeadlineSearch.containing("  "));
        Map<String, Object> parameters = new HashMap<>();
        String from = new StaffArticleFilter(null, " ", "", " ").from(parameters);
        assertEquals(" from Article a where 1 = 1", from);
        assertEquals(Map.of(), parameters);
    }

    @Test
    void theHeadlineConditionUsesTheFoldedColumn() {
        Map<String, Object> parameters = new HashMap<>();
        String from = new StaffArticleFilter(ArticleStatus.DRAFT, "economy", "rita", " Курс ").from(parameters);
        assertEquals(" from Article a join a.sections s where s.slug = :section and a.status = :status"
                + " and a.author.username = :author and a.titleSearch like :headline escape '\\'", from);
        assertEquals("%курс%", parameters.get("headline"));
    }
}
