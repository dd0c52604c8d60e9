package org.newsroom.rates.feed;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one bank file says about the dollar and the region's currencies, in the bank's own currency.
 * Only the rows the ticker and the cross rates need are kept ({@link #KEPT_CURRENCIES}); the other
 * thirty-odd rows of a file are not even read, so a broken row for, say, the Iranian rial cannot stop
 * the ticker. The rows of {@link #ADDABLE_CURRENCIES} are kept only when they can be read: a broken
 * euro row must not cost the bank's own dollar rate.
 *
 * @param source           the bank, e.g. "NBKR"
 * @param nationalCurrency the bank's own currency, e.g. "KGS"
 * @param effectiveDate    the date the file gives
 * @param label            the file in words, e.g. "NBKR daily file of 24.05.2026" (date as the bank wrote it)
 * @param rows             kept rows by ISO code, USD included when the file has it
 */
public record RateTable(String source, String nationalCurrency, LocalDate effectiveDate, String label,
                        Map<String, ForeignRate> rows) {

    /** The dollar and the five currencies of the region: a broken row of one of these refuses the file. */
    public static final Set<String> REGION_CURRENCIES = Set.of("USD", "KZT", "KGS", "TJS", "UZS", "TMT");

    /**
     * Currencies the ticker can add (NEWSROOM_TICKER_CURRENCIES) although no bank of the region sets their
     * rate: shown as cross rates from the NBK or NBKR file. Kept when readable, left out when not.
     */
    public static final Set<String> ADDABLE_CURRENCIES = Set.of("RUB", "EUR", "CNY");

    /** Every row a file is read for. */
    public static final Set<String> KEPT_CURRENCIES = union(REGION_CURRENCIES, ADDABLE_CURRENCIES);

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

    /** Whether a row of this currency may be missing or broken without the file being refused. */
    public static boolean optional(String currency) {
        return ADDABLE_CURRENCIES.contains(currency);
    }

    /** The bank's official price of the dollar, ready to validate and store. */
    public OfficialQuote usdQuote() throws FeedException {
        ForeignRate usd = require("USD");
        return new OfficialQuote(nationalCurrency, effectiveDate, usd.value(), usd.nominal(), source, false,
                label + ": " + usd.describe(nationalCurrency), usd.previousValue());
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }
}
