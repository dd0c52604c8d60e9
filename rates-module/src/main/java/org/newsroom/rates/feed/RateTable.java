package org.newsroom.rates.feed;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one bank file says about the dollar and the region's currencies, in the bank's own currency.
 * Only the rows the ticker and the cross rates need are kept ({@link #KEPT_CURRENCIES}); the other
 * thirty-odd rows of a file are not even read, so a broken row for, say, the Iranian rial cannot stop
 * the ticker.
 *
 * @param source           the bank, e.g. "NBKR"
 * @param nationalCurrency the bank's own currency, e.g. "KGS"
 * @param effectiveDate    the date the file gives
 * @param label            the file in words, e.g. "NBKR daily file of 24.05.2026" (date as the bank wrote it)
 * @param rows             kept rows by ISO code, USD included when the file has it
 */
public record RateTable(String source, String nationalCurrency, LocalDate effectiveDate, String label,
                        Map<String, ForeignRate> rows) {

    /** The dollar and the five currencies of the region. */
    public static final Set<String> KEPT_CURRENCIES = Set.of("USD", "KZT", "KGS", "TJS", "UZS", "TMT");

    public RateTable {
        rows = Map.copyOf(rows);
    }

    public Optional<ForeignRate> find(String currency) {
        return Optional.ofNullable(rows.get(currency));
    }

    /** The row, or a FeedException saying plainly that the file lacks it. */
    public ForeignRate require(String currency) throws FeedException {
        ForeignRate row = rows.get(currency);
        if (row == null) {
            throw new FeedException(currency + " is missing from the " + label);
        }
        return row;
    }

    /** The bank's official price of the dollar, ready to validate and store. */
    public OfficialQuote usdQuote() throws FeedException {
        ForeignRate usd = require("USD");
        return new OfficialQuote(nationalCurrency, effectiveDate, usd.value(), usd.nominal(), source, false,
                label + ": " + usd.describe(nationalCurrency));
    }
}
