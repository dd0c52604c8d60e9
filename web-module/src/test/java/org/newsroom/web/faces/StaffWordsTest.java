package org.newsroom.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.newsroom.news.edition.Edition;
import org.newsroom.web.editions.EditionTexts;

/** The staff pages' patterns as staff read them: Russian plurals, and no pattern left unfilled. */
class StaffWordsTest {

    private static final EditionTexts EN = EditionTexts.of(Edition.EN);
    private static final EditionTexts RU = EditionTexts.of(Edition.RU);

    @Test
    void countsOfArticlesTakeTheRussianPluralForms() {
        assertEquals("1 статья.", RU.format("articles.count", 1));
        assertEquals("3 статьи.", RU.format("articles.count", 3));
        assertEquals("11 статей.", RU.format("articles.count", 11));
        assertEquals("21 статья подходит под «тенге».", RU.format("articles.matchHeadline", 21, "тенге"));
        assertEquals("Ни одна статья не подходит под «тенге».", RU.format("articles.matchHeadline", 0, "тенге"));
        assertEquals("1 article matches “тенге”.", EN.format("articles.matchHeadline", 1, "тенге"));
        assertEquals("No articles match these filters.", EN.format("articles.matchFilters", 0));
    }

    @Test
    void aSignInWaitIsCountedInSecondsInEitherLanguage() {
        assertEquals("Too many failed sign-ins: wait 1 second, then try again.", EN.format("staff.signIn.wait", 1));
        assertEquals("Слишком много неудачных попыток входа: подождите 5 секунд и попробуйте снова.",
                RU.format("staff.signIn.wait", 5));
        assertEquals("Слишком много неудачных попыток входа: подождите 2 секунды и попробуйте снова.",
                RU.format("staff.signIn.wait", 2));
    }

    @Test
    void aLockHeldBySomeoneElseSaysWhoAndSinceWhenInTheStaffMembersLanguage() {
        String since = RU.dateAndTime(LocalDateTime.of(2026, 12, 1, 9, 5), ZoneId.of("Asia/Almaty"));
        assertEquals("1 декабря 2026, 14:05", since);
        String held = RU.format("editor.lock.held", "Айгерим", since);
        assertEquals("Айгерим редактирует статью с 1 декабря 2026, 14:05. Перехватите её, чтобы сохранить, опубликовать,"
                + " запланировать или вернуть автору; набранный здесь текст не пропадёт.", held);
        assertFalse(EN.format("editor.done", "Publish", "Published").contains("{"));
    }
}
