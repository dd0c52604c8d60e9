package org.newsroom.rates.feed;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Gathers the kept rows of one file, refusing a file that gives the same currency two different rates.
 * An optional row ({@link RateTable#optional}) that is broken or given twice differently is left out
 * instead: the file is read for the region's rows, which must not fail over a euro row.
 */
final class RowCollector {

    private final String source;
    private final String nationalCurrency;
    private final LocalDate effectiveDate;
    private final String label;
    private final Map<String, ForeignRate> rows = new LinkedHashMap<>();
    /** Optional currencies whose rows were unusable; a later row of the same currency must not bring them back. */
    private final Set<String> leftOut = new HashSet<>();

    RowCollector(String source, String nationalCurrency, LocalDate effectiveDate, String label) {
        this.source = source;
        this.nationalCurrency = nationalCurrency;
        this.effectiveDate = effectiveDate;
        this.label = label;
    }

    /** Whether a row is worth reading at all; other rows are skipped unread. */
    boolean wants(String currency) {
        return currency != null && RateTable.KEPT_CURRENCIES.contains(currency)
                && !currency.equals(nationalCurrency);
    }

    /** The value and nominal as the file writes them; null where the file gives none. */
    void add(String currency, String valueText, String nominalText) throws FeedException {
        add(currency, valueText, nominalText, null);
    }

    /**
     * @param changeText the change since the bank's previous figure as the file writes it (NBK, CBU), or
     *                   null; an unreadable one is left out, it never refuses the row
     */
    void add(String currency, String valueText, String nominalText, String changeText) throws FeedException {
        if (!RateTable.optional(currency)) {
            addRequired(currency, valueText, nominalText, changeText);
            return;
        }
        if (leftOut.contains(currency)) {
            return;
        }
        try {
            addRequired(currency, valueText, nominalText, changeText);
        } catch (FeedException unusable) {
            rows.remove(currency);
            leftOut.add(currency);
        }
    }

    private void addRequired(String currency, String valueText, String nominalText, String changeText)
            throws FeedException {
        String where = currency + " in the " + label;
        ForeignRate row = new ForeignRate(currency, FeedText.rate(valueText, where),
                FeedText.nominal(nominalText, where), FeedText.change(changeText));
        ForeignRate earlier = rows.putIfAbsent(currency, row);
        if (earlier != null && !sameRate(earlier, row)) {
            throw new FeedException(currency + " appears twice in the " + label + " with different rates ("
                    + earlier.describe(nationalCurrency) + " and " + row.describe(nationalCurrency) + ")");
        }
    }

    private static boolean sameRate(ForeignRate a, ForeignRate b) {
        return a.nominal() == b.nominal() && a.value().compareTo(b.value()) == 0;
    }

    RateTable table() {
        return new RateTable(source, nationalCurrency, effectiveDate, label, rows);
    }

    /** The table, after checking that the dollar, which is what the file is read for, is in it. */
    RateTable tableWithUsd() throws FeedException {
        RateTable table = table();
        table.require("USD");
        return table;
    }
}
