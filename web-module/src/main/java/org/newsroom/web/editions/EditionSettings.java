package org.newsroom.web.editions;

import java.util.EnumMap;
import java.util.Map;
import org.newsroom.news.edition.Edition;
import org.newsroom.news.settings.Settings;

/**
 * Each edition's site name and tagline: NEWSROOM_SITE_NAME and NEWSROOM_TAGLINE for the English one,
 * NEWSROOM_SITE_NAME_RU and NEWSROOM_TAGLINE_RU for the Russian one. Read once; checked at start.
 */
public final class EditionSettings {

    static final int MAX_LENGTH = 120;
    private static final Map<Edition, String> NAME_DEFAULTS = Map.of(Edition.EN, "Newsroom", Edition.RU, "Newsroom");
    private static final Map<Edition, String> TAGLINE_DEFAULTS = Map.of(
            Edition.EN, "News from Central Asia", Edition.RU, "Новости Центральной Азии");

    private EditionSettings() {
    }

    public static String siteNameVariable(Edition edition) {
        return "NEWSROOM_SITE_NAME" + suffix(edition);
    }

    public static String taglineVariable(Edition edition) {
        return "NEWSROOM_TAGLINE" + suffix(edition);
    }

    private static String suffix(Edition edition) {
        return edition == Edition.EN ? "" : "_" + edition.name();
    }

    /** @throws org.newsroom.news.settings.SettingInvalid naming the variable when a value is too long */
    public static String siteName(Edition edition, Settings settings) {
        return checked(settings, siteNameVariable(edition), NAME_DEFAULTS.get(edition));
    }

    /** @throws org.newsroom.news.settings.SettingInvalid naming the variable when a value is too long */
    public static String tagline(Edition edition, Settings settings) {
        return checked(settings, taglineVariable(edition), TAGLINE_DEFAULTS.get(edition));
    }

    private static String checked(Settings settings, String variable, String fallback) {
        String value = settings.text(variable, fallback);
        if (value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            throw Settings.invalid(variable, value, "one line of at most " + MAX_LENGTH + " characters");
        }
        return value;
    }

    /** The edition's site name as configured (read once). */
    public static String siteName(Edition edition) {
        return Configured.NAMES.get(edition);
    }

    public static String tagline(Edition edition) {
        return Configured.TAGLINES.get(edition);
    }

    /** Every edition's name and tagline, read once on first use (the start-up check makes that the start). */
    static final class Configured {
        static final Map<Edition, String> NAMES = new EnumMap<>(Edition.class);
        static final Map<Edition, String> TAGLINES = new EnumMap<>(Edition.class);

        static {
            Settings settings = Settings.fromConfig();
            for (Edition edition : Edition.values()) {
                NAMES.put(edition, siteName(edition, settings));
                TAGLINES.put(edition, tagline(edition, settings));
            }
        }

        private Configured() {
        }
    }

    /** Checks every edition's settings (start-up): the refusal names the variable. */
    public static void check(Settings settings) {
        for (Edition edition : Edition.values()) {
            siteName(edition, settings);
            tagline(edition, settings);
        }
    }
}
