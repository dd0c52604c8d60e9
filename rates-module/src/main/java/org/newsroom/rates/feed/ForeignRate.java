package org.newsroom.rates.feed;

import java.math.BigDecimal;

/**
 * One row of a bank's file as the bank wrote it: {@code value} units of the bank's own currency buy
 * {@code nominal} units of {@code currency} (e.g. NBK: 3.93 KZT per 100 UZS). Cross rates need the rows
 * as published, nominal included, hence a type of its own rather than an {@link OfficialQuote}.
 */
public record ForeignRate(String currency, BigDecimal value, int nominal, BigDecimal change) {

    /**
     * @param change the change since the bank's previous figure as the file states it (NBK {@code <change>},
     *               CBU {@code Diff}), in the same units as {@code value}; null when the file gives none
     */
    public ForeignRate {
        if (value == null || value.signum() <= 0 || nominal <= 0) {
            throw new IllegalArgumentException("A rate and its nominal must be above zero, got " + value + " per "
                    + nominal + " " + currency);
        }
    }

    /** A row without a stated change. */
    public ForeignRate(String currency, BigDecimal value, int nominal) {
        this(currency, value, nominal, null);
    }

    /** The bank's previous figure, {@code value − change}; null without a change or when that is not above zero. */
    public BigDecimal previousValue() {
        if (change == null) {
            return null;
        }
        BigDecimal previous = value.subtract(change);
        return previous.signum() > 0 ? previous : null;
    }

    /** "5.47 KZT per 1 KGS", for provenance and reports. */
    public String describe(String nationalCurrency) {
        return value.toPlainString() + " " + nationalCurrency + " per " + nominal + " " + currency;
    }
}
