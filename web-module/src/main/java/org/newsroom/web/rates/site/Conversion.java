package org.newsroom.web.rates.site;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rates page's converter, exact: an amount of one currency in another through their official US-dollar
 * rates, all BigDecimal. Through the dollar, {@code amount} of A is
 * {@code amount × nominal_A / quote_A} USD, which is {@code × quote_B / nominal_B} of B: multiplied out,
 * one division, rounded once for display.
 */
public final class Conversion {

    /** 34 significant digits (IEEE decimal128) for the single division; far beyond anything shown. */
    static final MathContext WORKING = MathContext.DECIMAL128;
    /** Amounts readers type: digits, at most one decimal separator (comma or point), spaces between groups. */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}([.,]\\d{1,6})?");

    /**
     * One currency's official dollar rate: {@code quote} units buy {@code nominal} US dollars (USD itself:
     * 1 per 1).
     */
    public record Rate(String currency, BigDecimal quote, int nominal) {

        public static final Rate USD = new Rate("USD", BigDecimal.ONE, 1);
    }

    private Conversion() {
    }

    /** {@code amount} of {@code from} in {@code to}, unrounded to 34 digits. */
    public static BigDecimal convert(BigDecimal amount, Rate from, Rate to) {
        BigDecimal numerator = amount.multiply(BigDecimal.valueOf(from.nominal())).multiply(to.quote());
        BigDecimal denominator = from.quote().multiply(BigDecimal.valueOf(to.nominal()));
        return numerator.divide(denominator, WORKING);
    }

    /**
     * What a reader typed, as a number: "1500", "1500,50", "1 500.50" (spaces, also no-break and thin
     * spaces, between digit groups). Empty when it is not an amount.
     */
    public static Optional<BigDecimal> parseAmount(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.strip().replaceAll("[\\s\\u00A0\\u202F']", "");
        if (!AMOUNT.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(compact.replace(',', '.')));
    }

    /**
     * For display: two decimals from 1 up (as money is written), below 1 four significant digits, so that
     * 1 sum shows as 0.00008201 USD rather than 0.00. Rounded half up, once.
     */
    public static String display(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal shown = value.abs().compareTo(BigDecimal.ONE) >= 0
                ? value.setScale(2, RoundingMode.HALF_UP)
                : value.round(new MathContext(4, RoundingMode.HALF_UP));
        return shown.toPlainString();
    }

    /** A rate between two currencies, "1 KZT = 25.4698 UZS": six significant digits. */
    public static String displayRate(BigDecimal rate) {
        return rate.round(new MathContext(6, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
    }
}
