package org.newsroom.rates.feed;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A currency's dollar price worked out from a third bank's file, the fallback when a currency's own bank
 * fails. From the NBK file of 01.04.2026: KGS per USD = (478.77 KZT per USD) / (5.47 KZT per KGS) = 87.53,
 * against NBKR's own 87.45. The result is marked {@code derived} and its provenance shows the inputs.
 */
public final class CrossRates {

    /**
     * Twelve significant digits, banker's rounding, applied once to the final division. Published rates
     * have at most six or seven significant digits, so the rounding stays far below anything the ticker
     * shows, while results stay short enough for the QUOTE column (precision 20, scale 6).
     */
    public static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

    private CrossRates() {
    }

    /** {@code currency} per USD from one file that has both rows, e.g. KGS from the NBK file. */
    public static OfficialQuote derive(String currency, RateTable table) throws FeedException {
        checkAsked(currency, table);
        ForeignRate usd = table.require("USD");
        ForeignRate other = table.require(currency);
        return new OfficialQuote(currency, table.effectiveDate(), perUsd(usd, other), 1, table.source(), true,
                "derived from " + table.label() + ": USD " + inWords(usd, table) + " / "
                        + currency + " " + inWords(other, table));
    }

    /**
     * {@code currency} per USD when one bank publishes the two rows in different files, as NBKR does:
     * USD in the daily file, TMT, TJS and UZS in the weekly one. Both files must be in the same currency.
     * The result takes the later of the two dates, the first day on which both figures were known.
     */
    public static OfficialQuote derive(String currency, RateTable usdTable, RateTable currencyTable)
            throws FeedException {
        if (!usdTable.nationalCurrency().equals(currencyTable.nationalCurrency())) {
            throw new IllegalArgumentException("Cross rates need two files in the same currency, got "
                    + usdTable.label() + " and " + currencyTable.label());
        }
        checkAsked(currency, currencyTable);
        ForeignRate usd = usdTable.require("USD");
        ForeignRate other = currencyTable.require(currency);
        LocalDate date = later(usdTable.effectiveDate(), currencyTable.effectiveDate());
        return new OfficialQuote(currency, date, perUsd(usd, other), 1, usdTable.source(), true,
                "derived from " + usdTable.label() + " (USD " + inWords(usd, usdTable) + ") and "
                        + currencyTable.label() + " (" + currency + " " + inWords(other, currencyTable) + ")");
    }

    /**
     * Units of {@code other}'s currency per one US dollar, both rows from files in the same currency N:
     * (N per USD) / (N per unit of other) = (usd.value / usd.nominal) / (other.value / other.nominal),
     * multiplied out so that only the final division rounds.
     */
    public static BigDecimal perUsd(ForeignRate usd, ForeignRate other) {
        BigDecimal numerator = usd.value().multiply(BigDecimal.valueOf(other.nominal()));
        BigDecimal denominator = other.value().multiply(BigDecimal.valueOf(usd.nominal()));
        return numerator.divide(denominator, PRECISION);
    }

    private static void checkAsked(String currency, RateTable table) {
        if ("USD".equals(currency) || table.nationalCurrency().equals(currency)) {
            throw new IllegalArgumentException("Nothing to derive: " + currency + " from the " + table.label()
                    + " is its own USD quote");
        }
    }

    private static String inWords(ForeignRate row, RateTable table) {
        return row.value().toPlainString() + " " + table.nationalCurrency() + " per " + row.nominal();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
