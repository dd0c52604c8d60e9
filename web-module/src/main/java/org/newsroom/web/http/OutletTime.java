package org.newsroom.web.http;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.newsroom.news.settings.Settings;

/** The newsroom's time zone (NEWSROOM_TIME_ZONE, default Asia/Almaty) and how dates are written. */
public final class OutletTime {

    public static final String VARIABLE = "NEWSROOM_TIME_ZONE";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Almaty");
    /** "20 February 2026", as the site's date headings read. */
    private static final DateTimeFormatter STAFF = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private OutletTime() {
    }

    public static ZoneId zone() {
        return Configured.ZONE;
    }

    /** Read once, on first use (the start-up check makes that the start): a bad value fails the start. */
    private static final class Configured {
        static final ZoneId ZONE = zone(Settings.fromConfig());
    }

    /** @throws org.newsroom.news.settings.SettingInvalid naming the variable */
    public static ZoneId zone(Settings settings) {
        return settings.zone(VARIABLE, DEFAULT_ZONE);
    }

    /** Stored timestamps are UTC; readers see the outlet's local time. */
    public static ZonedDateTime local(LocalDateTime utc, ZoneId zone) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone);
    }

    /** "27 Nov 2026 15:04 (Asia/Almaty)": a stored UTC time as the newsroom reads it. */
    public static String describe(LocalDateTime utc) {
        return utc == null ? "" : STAFF.format(local(utc, zone())) + " (" + zone().getId() + ")";
    }

    /** "13:05:12": when something happened a moment ago, in the newsroom's time. */
    public static String clock(LocalDateTime utc) {
        return utc == null ? "" : CLOCK.format(local(utc, zone()));
    }

    /** The date and time of a moment for an HTML datetime attribute, with the newsroom's offset. */
    public static String iso(LocalDateTime utc) {
        return utc == null ? "" : local(utc, zone()).toOffsetDateTime().toString();
    }

    public static String heading(LocalDateTime utc, ZoneId zone) {
        return HEADING.format(local(utc, zone));
    }
}
