package org.newsroom.rates.fetch;

import java.time.LocalDateTime;
import java.util.Optional;
import org.newsroom.rates.feed.OfficialQuote;
import org.newsroom.rates.status.FetchOutcome;

/**
 * What a fetch run needs from the database, as an interface so the run can be tested with a map.
 * Implemented by {@link RateStore}; each call is its own transaction there, so one bank's storage
 * failure cannot undo another's rates.
 */
public interface RateBook {

    /**
     * The newest rate stored for the currency (newest date, latest correction), as a quote; it may be one
     * announced for a later day.
     */
    Optional<OfficialQuote> lastStored(String currency);

    /**
     * The rate in force on a day: that day's latest correction, else the newest before it. A bank's file for
     * today read again after tomorrow's rate was stored is judged against it, not refused as "older".
     */
    Optional<OfficialQuote> inForceOn(String currency, java.time.LocalDate day);

    /** Adds a row to the rate history. */
    void store(OfficialQuote quote, LocalDateTime fetchedAt);

    /**
     * Sets a quote aside for an editor.
     *
     * @return false when the same quote (currency, date, figure, bank) was held before, whatever was
     *         decided about it, so a run every half hour does not pile up copies or resurrect a rejection
     */
    boolean hold(OfficialQuote quote, String reason, LocalDateTime fetchedAt);

    /** Updates the source's status row. */
    void recordStatus(String source, FetchOutcome outcome, String message, LocalDateTime at);
}
