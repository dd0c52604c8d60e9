package org.newsroom.rates.ticker;

import java.time.LocalDate;

/**
 * One currency on the ticker, ready to print: {@code KZT/USD = 0.00209 ▲ 0.58%}.
 *
 * @param direction 1 up, -1 down, 0 unchanged or unknown
 */
public record TickerItem(String currency, String value, String change, int direction,
                         String source, LocalDate effectiveDate, boolean derived) {

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
