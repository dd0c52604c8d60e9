package org.newsroom.rates.fetch;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.newsroom.rates.feed.CrossRates;
import org.newsroom.rates.feed.FeedException;
import org.newsroom.rates.feed.OfficialQuote;
import org.newsroom.rates.feed.RateTable;
import org.newsroom.rates.settings.RateSource;
import org.newsroom.rates.settings.RateSourceSettings;

/**
 * The currencies a newsroom can add to the ticker although no bank of ours sets their rate: RUB, EUR and
 * CNY ({@link RateTable#ADDABLE_CURRENCIES}). Each run works out their dollar price as a cross rate from a
 * file already fetched for the region, e.g. from the NBK file of 01.04.2026: EUR per USD =
 * (478.77 KZT per USD) / (549.10 KZT per EUR) = 0.871918, so the ticker shows EUR/USD = 1.14690.
 *
 * <p>Settings: only the addable currencies that NEWSROOM_TICKER_CURRENCIES lists are derived
 * ({@link RateSourceSettings#addedTickerCurrencies()}); with the default list (KGS, KZT, TJS, UZS, TMT) or
 * any list without them, a run stores and reports exactly what it did before. A listed one is stored
 * marked derived, with the file it came from as provenance, after the same checks as a bank's own rate
 * ({@link org.newsroom.rates.feed.RateValidation}: not ahead of today, not older than the rate in force,
 * a large move held for an editor). Its status row is named after the currency, e.g. "EUR". Listing a
 * currency that is neither a region's nor addable (say GBP) derives nothing: the ticker just has no
 * figure for it.
 *
 * <p>Files, in order of preference ({@link #ORDER}): NBK's, asked for today's date; else NBKR's daily
 * file (its latest, which carries USD, EUR, CNY, RUB and KZT). Both rows must come from the same file, so
 * no figure mixes two days. Once a day has a figure from the preferred file, or one an editor entered, a
 * less preferred file does not replace it; the same file may still correct its own figure.
 */
public final class TickerCrossRates {

    static final List<RateSource> ORDER = List.of(RateSource.NBK, RateSource.NBKR);

    private TickerCrossRates() {
    }

    /** The addable currencies of the ticker's list, in the ticker's order. */
    public static List<String> addedTo(List<String> tickerCurrencies) {
        return tickerCurrencies.stream().filter(RateTable.ADDABLE_CURRENCIES::contains).distinct().toList();
    }

    /** The cross rate from the first file in {@link #ORDER} of this run that has the dollar and the currency. */
    public static Optional<OfficialQuote> derive(String currency, Collection<FetchedRates> fetched) {
        for (RateSource bank : ORDER) {
            for (FetchedRates rates : fetched) {
                if (rates.source() == bank && rates.usdTable().find(currency).isPresent()) {
                    return derive(currency, rates.usdTable());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<OfficialQuote> derive(String currency, RateTable usdTable) {
        try {
            return Optional.of(CrossRates.derive(currency, usdTable));
        } catch (FeedException e) {
            // Both rows were checked above; a table that still cannot give the rate simply does not help.
            return Optional.empty();
        }
    }

    /**
     * Whether a derived quote may be put to the validation at all. Another day, or the same file again
     * (unchanged, or corrected by the bank), is for the validation to judge; on a day that already has a
     * figure, a less preferred file, or any file against an editor's entry, is not.
     */
    public static boolean mayReplace(OfficialQuote derived, OfficialQuote inForce) {
        if (inForce == null || !derived.effectiveDate().equals(inForce.effectiveDate())
                || derived.source().equals(inForce.source())) {
            return true;
        }
        return inForce.derived() && rank(derived.source()) < rank(inForce.source());
    }

    /** Position in {@link #ORDER}; a source outside it ranks last, so a file of ours replaces it. */
    private static int rank(String source) {
        for (int i = 0; i < ORDER.size(); i++) {
            if (ORDER.get(i).name().equals(source)) {
                return i;
            }
        }
        return ORDER.size();
    }

    /** For the status page when no file of the run gives the currency. */
    static String nothingToDeriveFrom(String currency) {
        return "No file read in this run gives " + currency + " (looked in NBK's file, then NBKR's daily file), "
                + "so no cross rate was worked out; the last stored " + currency + " rate stays in force";
    }
}
