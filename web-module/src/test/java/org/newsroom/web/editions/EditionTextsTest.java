package org.newsroom.web.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.newsroom.news.edition.Edition;

/** Russian counts and dates as a Russian reader writes them, by ICU's plural rules and CLDR's month names. */
class EditionTextsTest {

    private static final EditionTexts RU = EditionTexts.of(Edition.RU);
    private static final EditionTexts EN = EditionTexts.of(Edition.EN);
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Test
    void russianCountsTakeTheOneFewOrManyForm() {
        assertEquals("1 материал", RU.format("count.articles", 1));
        assertEquals("2 материала", RU.format("count.articles", 2));
        assertEquals("5 материалов", RU.format("count.articles", 5));
        assertEquals("11 материалов", RU.format("count.articles", 11));
        assertEquals("21 материал", RU.format("count.articles", 21));
        assertEquals("22 материала", RU.format("count.articles", 22));
        assertEquals("25 материалов", RU.format("count.articles", 25));
        assertEquals("111 материалов", RU.format("count.articles", 111));
    }

    @Test
    void theRussianResultsLineSaysOfHowManyInTheGenitive() {
        assertEquals("Показаны 1–6 из 54 материалов", RU.results(1, 6, 54));
        assertEquals("Показаны 1–1 из 1 материала", RU.results(1, 1, 1));
        assertEquals("Показаны 1–6 из 21 материала", RU.results(1, 6, 21));
        assertEquals("Показаны 7–11 из 11 материалов", RU.results(7, 11, 11));
        assertEquals("Показаны 1–6 из 22 материалов", RU.results(1, 6, 22));
    }

    @Test
    void theEnglishResultsLineIsTheOldSitesWordForWord() {
        assertEquals("Viewing results 1 - 6 of 54", EN.results(1, 6, 54));
        assertEquals("Viewing results 1 - 6 of 12345", EN.results(1, 6, 12345), "no grouping, as before");
        assertEquals("1 article", EN.format("count.articles", 1));
        assertEquals("2 articles", EN.format("count.articles", 2));
    }

    @Test
    void russianDatesNameTheMonthInTheGenitive() {
        // 20 February 2026, 04:30 UTC is 09:30 in Almaty (UTC+5)
        LocalDateTime utc = LocalDateTime.of(2026, 2, 20, 4, 30);
        assertEquals("20 февраля 2026", RU.dateHeading(utc, ALMATY));
        assertEquals("20 февраля 2026, 09:30", RU.dateAndTime(utc, ALMATY));
        assertEquals("09:30", RU.time(utc, ALMATY));
        assertEquals("20 February 2026", EN.dateHeading(utc, ALMATY));
        assertEquals("20 February 2026, 09:30", EN.dateAndTime(utc, ALMATY));
        assertEquals("1 мая 2026", RU.day(LocalDate.of(2026, 5, 1)));
        assertEquals("24 May 2026", EN.day(LocalDate.of(2026, 5, 24)));
    }

    @Test
    void theDayIsTheNewsroomsNotUtcs() {
        // 23:30 UTC on 19 February is already 20 February in Almaty
        assertEquals("20 февраля 2026", RU.dateHeading(LocalDateTime.of(2026, 2, 19, 23, 30), ALMATY));
    }
}
