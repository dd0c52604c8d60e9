package org.newsroom.rates.desk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.newsroom.rates.rate.ExchangeRate;
import org.newsroom.rates.rate.InvalidRate;
import org.newsroom.rates.rate.RateWording;

/**
 * A rate an editor types in: for a day a bank's file was wrong or missing, or a new manat peg.
 *
 * @param currency      the national currency, e.g. "KZT"
 * @param effectiveDate the day the rate applies from; not after today
 * @param quote         units of the currency per {@code nominal} US dollars
 * @param nominal       usually 1
 * @param source        who published the figure, e.g. "NBK" when copied from the bank's site;
 *                      blank gives {@value #DEFAULT_SOURCE}
 * @param reason        why it is entered by hand; required, it is kept with the rate
 */
public record ManualRate(String currency, LocalDate effectiveDate, BigDecimal quote, int nominal, String source,
                         String reason) {

    public static final String DEFAULT_SOURCE = "Manual entry";

    public ManualRate {
        if (currency == null || !currency.strip().matches("[A-Za-z]{3}")) {
            throw new InvalidRate(RateWording.of("manual.currency.form", String.valueOf(currency)));
        }
        currency = currency.strip().toUpperCase(Locale.ROOT);
        if (effectiveDate == null) {
            throw new InvalidRate(RateWording.of("manual.date.missing"));
        }
        if (quote == null || quote.signum() <= 0) {
            throw new InvalidRate(RateWording.of("manual.quote.notPositive"));
        }
        if (quote.stripTrailingZeros().scale() > ExchangeRate.QUOTE_SCALE) {
            throw new InvalidRate(RateWording.of("manual.quote.scale", ExchangeRate.QUOTE_SCALE));
        }
        if (nominal <= 0) {
            throw new InvalidRate(RateWording.of("manual.nominal.notPositive"));
        }
        source = source == null || source.isBlank() ? DEFAULT_SOURCE : source.strip();
        if (source.length() > 60) {
            throw new InvalidRate(RateWording.of("manual.source.tooLong", 60));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRate(RateWording.of("manual.reason.missing"));
        }
        reason = reason.strip();
    }
}
