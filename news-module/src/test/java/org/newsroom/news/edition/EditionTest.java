package org.newsroom.news.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditionTest {

    @Test
    void russianInAnyRegionIsTheRussianEdition() {
        assertEquals(Edition.RU, Edition.ofLanguage("ru"));
        assertEquals(Edition.RU, Edition.ofLanguage("RU-kz"));
    }

    @Test
    void languagesWithoutAnEditionOfTheirOwnStayInTheEnglishOne() {
        assertEquals(Edition.EN, Edition.ofLanguage("en"));
        assertEquals(Edition.EN, Edition.ofLanguage("kk"));
        assertEquals(Edition.EN, Edition.ofLanguage("uz"));
        assertEquals(Edition.EN, Edition.ofLanguage(null));
    }

    @Test
    void eachEditionsTranslationIsInTheOther() {
        assertEquals(Edition.RU, Edition.EN.other());
        assertEquals(Edition.EN, Edition.RU.other());
        assertEquals("/ru", Edition.RU.pathPrefix());
        assertEquals("", Edition.EN.pathPrefix());
    }
}
