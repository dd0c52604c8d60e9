package org.newsroom.rates.ticker;

import java.time.LocalDate;

/**
 * One currency on the ticker, ready to print: {@code KZT/USD = 0.00209 ▲ 0.58%}.
 *
 * @param direction  1 up, -1 down, 0 unchanged or unknown
 * @param derived    worked out from another bank's file (a cross rate) rather than published for it
 * @param provenance where the figure comes from, e.g. "derived from NBK file of 01.04.2026: …"; may be null
 * @param stale      older than the configured number of business days: shown, but marked as not current
 */
public record TickerItem(String currency, String value, String change, int direction,
                         String source, LocalDate effectiveDate, boolean derived, String provenance,
                         boolean stale) {

    /** As before provenance and staleness were known: neither shown. */
    public TickerItem(String currency, String value, String change, int direction,
                      String source, LocalDate effectiveDate, boolean derived) {
        this(currency, value, change, direction, source, effectiveDate, derived, null, false);
    }

    public String pair() {
        return currency + "/USD";
    }

    public String arrow() {
        return direction > 0 ? "▲" : direction < 0 ? "▼" : "";
    }

    /** What a screen reader announces instead of the arrow. */
    public String spokenDirection() {
        return direction > 0 ? "up" : direction < 0 ? "down" : "unchanged";
    }
}
