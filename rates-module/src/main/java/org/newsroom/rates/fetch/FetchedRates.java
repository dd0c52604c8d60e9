package org.newsroom.rates.fetch;

import java.util.List;
import java.util.Optional;
import org.newsroom.rates.feed.OfficialQuote;
import org.newsroom.rates.feed.RateTable;
import org.newsroom.rates.settings.RateSource;

/**
 * What one bank's files gave in one run: its own dollar rate, and the tables themselves, which other
 * banks' cross rates and the manat peg check are worked out from.
 *
 * @param source   the bank
 * @param usdQuote the bank's official price of the dollar in its own currency
 * @param tables   the files read, the one with the USD row first (NBKR: daily, then weekly)
 * @param remark   something staff should know although the fetch worked (NBKR's weekly file failing), or null
 * @param aheadQuote the next day's dollar rate when the bank has already set it (NBK, CBU publish a day
 *                 ahead), or null
 */
public record FetchedRates(RateSource source, OfficialQuote usdQuote, List<RateTable> tables, String remark,
                           OfficialQuote aheadQuote) {

    /** A fetch that gave only the day asked for. */
    public FetchedRates(RateSource source, OfficialQuote usdQuote, List<RateTable> tables, String remark) {
        this(source, usdQuote, tables, remark, null);
    }

    /** The same, with the next day's dollar rate or a remark on why it was not read. */
    public FetchedRates withAhead(OfficialQuote ahead, String aheadRemark) {
        String joined = aheadRemark == null ? remark : remark == null ? aheadRemark : remark + "; " + aheadRemark;
        return new FetchedRates(source, usdQuote, tables, joined, ahead);
    }

    public FetchedRates {
        tables = List.copyOf(tables);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("A fetch without any table for " + source);
        }
    }

    /** The table with the bank's dollar row. */
    public RateTable usdTable() {
        return tables.get(0);
    }

    /** The first of this bank's tables that has a row for {@code currency}. */
    public Optional<RateTable> tableWith(String currency) {
        return tables.stream().filter(table -> table.find(currency).isPresent()).findFirst();
    }
}
