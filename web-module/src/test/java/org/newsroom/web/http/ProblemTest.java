package org.newsroom.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsroom.news.edition.Edition;

/** The error page says what happened in the language chosen for it, with a way on in the same words. */
class ProblemTest {

    @Test
    void aStaffPagesProblemReadsInRussian() {
        String page = Problem.of(403, null).page("/ctx", "/ctx/newsroom/admin/accounts.xhtml", Edition.RU);
        assertTrue(page.contains("<html lang=\"ru\">"), page);
        assertTrue(page.contains("<h1>Нет доступа</h1>"), page);
        assertTrue(page.contains("<a href=\"/ctx/newsroom/\">Вернуться в редакцию</a>"), page);
        assertFalse(page.contains("Not allowed"), page);
    }

    @Test
    void aReadersProblemLeadsToItsEditionsHomepage() {
        assertTrue(Problem.of(500, null).page("", "/ru/kazakhstan", Edition.RU).contains("<a href=\"/ru/\">На главную</a>"));
        String english = Problem.of(500, null).page("", "/kazakhstan", Edition.EN);
        assertTrue(english.contains("<h1>Something went wrong</h1>") && english.contains("<a href=\"/\">Go to the homepage</a>"),
                english);
    }

    @Test
    void anApisExplanationIsInTheChosenLanguage() {
        assertEquals("This needs a newsroom account: sign in and try again.", Problem.of(401, null).explanation(Edition.EN));
        assertTrue(Problem.of(401, null).explanation(Edition.RU).startsWith("Для этого нужна учётная запись"));
    }
}
