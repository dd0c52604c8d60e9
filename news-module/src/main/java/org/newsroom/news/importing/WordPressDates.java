package org.newsroom.news.importing;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * WordPress's dates: {@code post_date} is the site's local time, {@code post_date_gmt} UTC, both
 * "yyyy-MM-dd HH:mm:ss"; drafts carry "0000-00-00 00:00:00" in the GMT one (WordPress's "not yet").
 */
public final class WordPressDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private WordPressDates() {
    }

    /** UTC: the GMT date when it is a real one, otherwise the local date read in the site's zone; empty when neither is. */
    public static Optional<LocalDateTime> utc(String local, String gmt, ZoneId siteZone) {
        Optional<LocalDateTime> fromGmt = parse(gmt);
        if (fromGmt.isPresent()) {
            return fromGmt;
        }
        return parse(local).map(when -> when.atZone(siteZone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
    }

    /** Empty for blank, zero ("0000-00-00 …") or unreadable text. */
    static Optional<LocalDateTime> parse(String text) {
        if (text == null || text.isBlank() || text.strip().startsWith("0000-00-00")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), FORMAT));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
