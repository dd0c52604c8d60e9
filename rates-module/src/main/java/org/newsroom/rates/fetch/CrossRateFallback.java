package org.newsroom.rates.fetch;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.newsroom.rates.feed.CrossRates;
import org.newsroom.rates.feed.FeedException;
import org.newsroom.rates.feed.OfficialQuote;
import org.newsroom.rates.feed.RateTable;
import org.newsroom.rates.settings.RateSource;

/**
 * When a bank fails, its currency's dollar rate worked out from another bank's file fetched in the same
 * run (KGS from the NBK file: USD 478.77 KZT / KGS 5.47 KZT = 87.53), stored as derived with the inputs
 * as provenance. A stand-in only: it never replaces a rate the bank itself published for the same day.
 */
public final class CrossRateFallback {

    /**
     * Which banks' files are tried first: those asked for today's date, then NBKR, whose weekly file
     * (TJS, UZS) can be a week older than its daily USD row, then CBT's (four decimals of manat per 100
     * tenge or 1000 sum: the coarsest).
     */
    static final List<RateSource> ORDER = List.of(RateSource.NBK, RateSource.CBU, RateSource.NBT, RateSource.NBKR,
            RateSource.CBT);

    private CrossRateFallback() {
    }

    /** The cross rate from the first other bank whose files have both the dollar and {@code currency}. */
    public static Optional<OfficialQuote> derive(String currency, Collection<FetchedRates> fetched) {
        for (RateSource bank : ORDER) {
            if (bank.currency().equals(currency)) {
                continue;
            }
            for (FetchedRates rates : fetched) {
                if (rates.source() == bank) {
                    Optional<OfficialQuote> quote = derive(currency, rates);
                    if (quote.isPresent()) {
                        return quote;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<OfficialQuote> derive(String currency, FetchedRates rates) {
        RateTable usdTable = rates.usdTable();
        Optional<RateTable> withCurrency = rates.tableWith(currency);
        if (withCurrency.isEmpty()) {
            return Optional.empty();
        }
        try {
            RateTable other = withCurrency.get();
            return Optional.of(other == usdTable ? CrossRates.derive(currency, usdTable)
                    : CrossRates.derive(currency, usdTable, other));
        } catch (FeedException e) {
            // Rows were checked above; a table that still cannot give the rate simply does not help.
            return Optional.empty();
        }
    }

    /**
     * Whether a cross rate should be stored: only for a date later than the rate in force, or to update
     * an earlier cross rate of the same date. The bank's own rate for a day always outranks a stand-in.
     */
    public static boolean worthStoring(OfficialQuote derived, OfficialQuote inForce) {
        if (inForce == null || derived.effectiveDate().isAfter(inForce.effectiveDate())) {
            return true;
        }
        return inForce.derived() && derived.effectiveDate().equals(inForce.effectiveDate());
    }
}
