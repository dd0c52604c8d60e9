package org.newsroom.news.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.Role;

class HeadlineLanguageTest {

    @Test
    void theHeadlinesLettersSayTheLanguage() {
        assertEquals("ru", HeadlineLanguage.of("Курс тенге укрепился"));
        assertEquals("ru", HeadlineLanguage.of("Нацбанк: USD по 470"), "a Latin abbreviation in a Russian headline");
        assertEquals("kk", HeadlineLanguage.of("Өскемен әкімдігі жаңа ғимарат салады"));
        assertEquals("en", HeadlineLanguage.of("Tenge firms as oil rises"));
        assertEquals("en", HeadlineLanguage.of("2026"));
        assertEquals("en", HeadlineLanguage.of(null));
    }

    @Test
    void aNewArticleStartsInItsHeadlinesLanguageAndKeepsAChosenOne() {
        Account aida = new Account("aida", "Aida", "hash", Role.REPORTER, LocalDateTime.of(2026, 12, 1, 4, 0));
        Article russian = new Article("Курс тенге укрепился", "<p>x</p>", aida, List.of(), LocalDateTime.of(2026, 12, 1, 4, 0));
        assertEquals("ru", russian.getLanguage());
        russian.apply(new ArticleEdit(0, "Курс тенге укрепился", null, null, "<p>x</p>", List.of(), List.of(), List.of(),
                "en", null), "kurs", List.of(), List.of(), null, aida, LocalDateTime.of(2026, 12, 1, 5, 0));
        assertEquals("en", russian.getLanguage(), "the editor's choice wins");
        russian.apply(new ArticleEdit(0, "Курс тенге укрепился", null, null, "<p>x</p>", List.of(), List.of(), List.of(),
                "", null), "kurs", List.of(), List.of(), null, aida, LocalDateTime.of(2026, 12, 1, 6, 0));
        assertEquals("en", russian.getLanguage(), "and is kept when a save names none");
    }
}
