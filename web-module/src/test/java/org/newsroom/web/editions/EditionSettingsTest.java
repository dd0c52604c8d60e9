package org.newsroom.web.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.news.edition.Edition;
import org.newsroom.news.settings.Settings;

class EditionSettingsTest {

    @Test
    void eachEditionHasItsOwnNameAndTaglineWithDefaults() {
        Settings none = Settings.of(Map.of());
        assertEquals("Newsroom", EditionSettings.siteName(Edition.RU, none));
        assertEquals("Новости Центральной Азии", EditionSettings.tagline(Edition.RU, none));
        assertEquals("News from Central Asia", EditionSettings.tagline(Edition.EN, none));
        Settings set = Settings.of(Map.of("NEWSROOM_SITE_NAME_RU", "Ньюсрум", "NEWSROOM_TAGLINE", "Central Asia daily"));
        assertEquals("Ньюсрум", EditionSettings.siteName(Edition.RU, set));
        assertEquals("Newsroom", EditionSettings.siteName(Edition.EN, set));
        assertEquals("Central Asia daily", EditionSettings.tagline(Edition.EN, set));
    }

    @Test
    void anUnusableValueStopsTheStartNamingTheVariable() {
        Settings tooLong = Settings.of(Map.of("NEWSROOM_TAGLINE_RU", "х".repeat(121)));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> EditionSettings.check(tooLong));
        assertTrue(refused.getMessage().startsWith("NEWSROOM_TAGLINE_RU"), refused.getMessage());
    }

    @Test
    void theEditionOfAnAddressIsItsFolders() {
        assertEquals(Edition.RU, ReaderEdition.ofPath("/ru/"));
        assertEquals(Edition.RU, ReaderEdition.ofPath("/ru"));
        assertEquals(Edition.RU, ReaderEdition.ofPath("/ru/2026/02/slug/"));
        assertEquals(Edition.EN, ReaderEdition.ofPath("/rubles"));
        assertEquals(Edition.EN, ReaderEdition.ofPath("/"));
        assertEquals(Edition.EN, ReaderEdition.ofPath("/kazakhstan"));
    }
}
