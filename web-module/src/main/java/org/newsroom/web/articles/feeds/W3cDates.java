package org.newsroom.web.articles.feeds;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Stored UTC times as sitemaps want them (W3C Datetime): "2026-11-27T03:34:07Z", always with seconds. */
final class W3cDates {

    private W3cDates() {
    }

    static String of(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
