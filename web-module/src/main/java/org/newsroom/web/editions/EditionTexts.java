package org.newsroom.web.editions;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.newsroom.news.edition.Edition;

/**
 * An edition's words for readers, from the resource bundles {@code org.newsroom.web.messages_en} and
 * {@code _ru} (the same ones the pages read as {@code #{msg[…]}}). Counted words go through ICU's
 * MessageFormat, whose plural rules know that Russian says 1 материал, 2 материала, 5 материалов,
 * 21 материал; dates through ICU's date format with the bundle's pattern, so month names come from
 * CLDR in the right case ("20 февраля 2026").
 */
public final class EditionTexts {

    public static final String BUNDLE = "org.newsroom.web.messages";
    private static final Map<Edition, EditionTexts> TEXTS = new EnumMap<>(Edition.class);

    static {
        for (Edition edition : Edition.values()) {
            TEXTS.put(edition, new EditionTexts(edition));
        }
    }

    private final Edition edition;
    private final ULocale locale;
    private final ResourceBundle bundle;

    private EditionTexts(Edition edition) {
        this.edition = edition;
        this.locale = ULocale.forLocale(edition.locale());
        this.bundle = ResourceBundle.getBundle(BUNDLE, edition.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static EditionTexts of(Edition edition) {
        return TEXTS.get(edition);
    }

    public Edition edition() {
        return edition;
    }

    /** The bundle's text for {@code key}, as written. */
    public String text(String key) {
        return bundle.getString(key);
    }

    /** The bundle's ICU message pattern for {@code key} with its arguments ({0}, {1}…; plurals by the edition's rules). */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** "Viewing results 1–6 of 54" / "Показаны 1–6 из 54 материалов". */
    public String results(long first, long last, long total) {
        return format("results.range", first, last, total);
    }

    /** A day's heading: "20 February 2026" / "20 февраля 2026". */
    public String dateHeading(LocalDateTime utc, ZoneId zone) {
        return date("date.heading", utc, zone);
    }

    /** A calendar day (a rate's effective date) as the headings write it: "24 May 2026" / "24 мая 2026". */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : dateHeading(day.atStartOfDay(), ZoneOffset.UTC);
    }

    /** "1 December 2026, 14:05" / "1 декабря 2026, 14:05". */
    public String dateAndTime(LocalDateTime utc, ZoneId zone) {
        return date("date.dateAndTime", utc, zone);
    }

    /** "14:05". */
    public String time(LocalDateTime utc, ZoneId zone) {
        return date("date.time", utc, zone);
    }

    private String date(String patternKey, LocalDateTime utc, ZoneId zone) {
        if (utc == null) {
            return "";
        }
        // ICU's formats are not thread-safe: one per call (a page formats a few dozen dates).
        SimpleDateFormat format = new SimpleDateFormat(bundle.getString(patternKey), locale);
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return format.format(Date.from(utc.toInstant(ZoneOffset.UTC)));
    }
}
