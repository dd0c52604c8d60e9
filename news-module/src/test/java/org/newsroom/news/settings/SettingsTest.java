package org.newsroom.news.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Test
    void unsetOrBlankMeansTheDefault() {
        Settings none = Settings.of(Map.of("NEWSROOM_X", "  "));
        assertEquals(6, none.wholeNumber("NEWSROOM_X", "articles", 6, 1, 100));
        assertEquals(6, none.wholeNumber("NEWSROOM_Y", "articles", 6, 1, 100));
        assertTrue(none.onOff("NEWSROOM_X", true));
        assertEquals(ALMATY, none.zone("NEWSROOM_X", ALMATY));
        assertNull(none.text("NEWSROOM_X"));
    }

    @Test
    void valuesAreReadStripped() {
        Settings set = Settings.of(Map.of("N", " 12 ", "O", "OFF", "Z", " Asia/Tashkent ", "T", " https://x.kz "));
        assertEquals(12, set.wholeNumber("N", "articles", 6, 1, 100));
        assertFalse(set.onOff("O", true));
        assertEquals(ZoneId.of("Asia/Tashkent"), set.zone("Z", ALMATY));
        assertEquals("https://x.kz", set.text("T"));
    }

    @Test
    void anUnusableValueIsRefusedNamingTheVariableNeverReplacedByTheDefault() {
        for (String bad : new String[] {"0", "101", "six", "2.5", "99999999999"}) {
            SettingInvalid refused = assertThrows(SettingInvalid.class,
                    () -> Settings.of(Map.of("NEWSROOM_PAGE_SIZE", bad)).wholeNumber("NEWSROOM_PAGE_SIZE", "articles", 6, 1, 100));
            assertEquals("NEWSROOM_PAGE_SIZE", refused.variable());
            assertEquals("NEWSROOM_PAGE_SIZE is \"" + bad + "\"; expected whole articles from 1 to 100, e.g. 6",
                    refused.getMessage());
        }
        assertTrue(assertThrows(SettingInvalid.class, () -> Settings.of(Map.of("NEWSROOM_PAGE_CACHE", "of"))
                .onOff("NEWSROOM_PAGE_CACHE", true)).getMessage().startsWith("NEWSROOM_PAGE_CACHE is \"of\""));
        assertTrue(assertThrows(SettingInvalid.class, () -> Settings.of(Map.of("NEWSROOM_TIME_ZONE", "Almaty"))
                .zone("NEWSROOM_TIME_ZONE", ALMATY)).getMessage().startsWith("NEWSROOM_TIME_ZONE is \"Almaty\""));
    }

    @Test
    void outsideAServerTheEnvironmentAndSystemPropertiesAreRead() {
        System.setProperty("NEWSROOM_SETTINGS_TEST", "7");
        try {
            assertEquals(7, Settings.fromConfig().wholeNumber("NEWSROOM_SETTINGS_TEST", "things", 1, 1, 10));
        } finally {
            System.clearProperty("NEWSROOM_SETTINGS_TEST");
        }
    }
}
