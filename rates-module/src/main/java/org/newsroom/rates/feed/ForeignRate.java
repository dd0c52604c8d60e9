package org.newsroom.rates.feed;

import java.math.BigDecimal;

/**
 * One row of a bank's file as the bank wrote it: {@code value} units of the bank's own currency buy
 * {@code nominal} units of {@code currency} (e.g. NBK: 3.93 KZT per 100 UZS). Cross rates need the rows
 * as published, nominal included, hence a type of its own rather than an {@link OfficialQuote}.
 */
public record ForeignRate(String currency, BigDecimal value, int nominal) {

    public ForeignRate {
        if (value == null || value.signum() <= 0 || nominal <= 0) {
            throw new IllegalArgumentException("A rate and its nominal must be above zero, got " + value + " per "
                    + nominal + " " + currency);
        }
    }

    /** "5.47 KZT per 1 KGS", for provenance and reports. */
    public String describe(String nationalCurrency) {
        return value.toPlainString() + " " + nationalCurrency + " per " + nominal + " " + currency;
    }
}
