package org.newsroom.rates.feed;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.newsroom.rates.rate.ExchangeRate;

/**
 * One bank's official price of the US dollar: {@code quote} units of {@code currency} buy {@code nominal}
 * US dollars from {@code effectiveDate}. The quote is kept exactly as published (only a decimal comma
 * becomes a point) so that what is stored can always be traced back to the bank's file.
 *
 * @param currency      the national currency, three capital letters, e.g. "KZT"
 * @param effectiveDate the day the bank says the rate applies from
 * @param quote         national currency units per {@code nominal} USD, above zero
 * @param nominal       how many US dollars the quote is for, above zero (1 for every bank so far)
 * @param source        the bank, e.g. "NBK"
 * @param derived       true when computed from another bank's file rather than published for this currency
 * @param provenance    where the figure comes from, in words staff can check against the bank's file
 * @param previousQuote the bank's own figure for the previous day, from the same file (NBK's
 *                      {@code <change>}, CBU's {@code Diff}), which the day's change is measured against;
 *                      null when the file gives none
 */
public record OfficialQuote(String currency, LocalDate effectiveDate, BigDecimal quote, int nominal,
                            String source, boolean derived, String provenance, BigDecimal previousQuote) {

    /** As in {@link ExchangeRate}: enough digits that 1/12194.21 keeps every digit a chart could show. */
    private static final MathContext USD_PRECISION = new MathContext(16, RoundingMode.HALF_EVEN);

    public OfficialQuote {
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("A currency is three capital letters, got " + currency);
        }
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        if (quote == null || quote.signum() <= 0) {
            throw new IllegalArgumentException("A rate must be above zero, got " + quote + " for " + currency);
        }
        if (nominal <= 0) {
            throw new IllegalArgumentException("A nominal must be above zero, got " + nominal + " for " + currency);
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(provenance, "provenance");
        if (previousQuote != null && previousQuote.signum() <= 0) {
            previousQuote = null;
        }
    }

    /** A quote whose file gives no previous-day figure. */
    public OfficialQuote(String currency, LocalDate effectiveDate, BigDecimal quote, int nominal,
                         String source, boolean derived, String provenance) {
        this(currency, effectiveDate, quote, nominal, source, derived, provenance, null);
    }

    /** The same quote with other figures, e.g. rounded to the column's decimals. */
    public OfficialQuote withQuote(BigDecimal newQuote, BigDecimal newPrevious) {
        return new OfficialQuote(currency, effectiveDate, newQuote, nominal, source, derived, provenance, newPrevious);
    }

    /** What one unit of the national currency is worth in US dollars. */
    public BigDecimal usdPerUnit() {
        return BigDecimal.valueOf(nominal).divide(quote, USD_PRECISION);
    }

    /** The row to store; the provenance becomes its note so the ticker can say where a figure came from. */
    public ExchangeRate toExchangeRate(LocalDateTime recordedAt) {
        return new ExchangeRate(currency, effectiveDate, quote, nominal, source, derived, recordedAt, provenance,
                previousQuote);
    }

    /** A stored row seen as a quote, e.g. as the "last stored" input of {@link RateValidation}. */
    public static OfficialQuote fromStored(ExchangeRate stored) {
        String note = stored.getNote();
        return new OfficialQuote(stored.getCurrency(), stored.getEffectiveDate(), stored.getQuote(),
                stored.getNominal(), stored.getSource(), stored.isDerived(),
                note != null ? note : stored.getSource() + " rate stored at " + stored.getRecordedAt(),
                stored.getPreviousQuote());
    }
}
