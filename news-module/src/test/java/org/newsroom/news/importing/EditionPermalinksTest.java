package org.newsroom.news.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.news.edition.Edition;

/** The Russian edition's articles live under /ru/, by default in the English edition's shape. */
class EditionPermalinksTest {

    private static final LocalDateTime FEB_20 = LocalDateTime.of(2026, 2, 20, 4, 30);

    @Test
    void theRussianPatternIsTheEnglishOneUnderRuUnlessSet() {
        assertEquals("/ru/2026/02/kurs/", ImportSettings.permalinks(Edition.RU, Map.<String, String>of()::get)
                .address(FEB_20, ZoneId.of("Asia/Almaty"), "kurs"));
        assertEquals("/ru/2026/02/20/kurs/", ImportSettings.permalinks(Edition.RU,
                Map.of("NEWSROOM_PERMALINKS", "/%year%/%monthnum%/%day%/%postname%/")::get)
                .address(FEB_20, ZoneId.of("Asia/Almaty"), "kurs"));
        assertEquals("/ru/news/kurs/", ImportSettings.permalinks(Edition.RU,
                Map.of("NEWSROOM_PERMALINKS_RU", "/ru/news/%postname%/")::get)
                .address(FEB_20, ZoneId.of("Asia/Almaty"), "kurs"));
        assertEquals("kurs", ImportSettings.permalinks(Edition.RU, Map.<String, String>of()::get).slugOf("/ru/2026/02/kurs/"));
    }

    @Test
    void aRussianPatternOutsideRuStopsTheStartNamingTheVariable() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ImportSettings.permalinks(
                Edition.RU, Map.of("NEWSROOM_PERMALINKS_RU", "/%year%/%postname%/")::get));
        assertTrue(refused.getMessage().startsWith("NEWSROOM_PERMALINKS_RU"), refused.getMessage());
    }
}
