package org.newsroom.rates.ticker;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How the ticker writes a currency's US-dollar value and its daily change. All BigDecimal, no double. */
public final class UsdFigures {

    static final int DECIMALS = 5;
    static final int MIN_SIGNIFICANT_DIGITS = 3;
    static final int CHANGE_DECIMALS = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext WORKING = new MathContext(20, RoundingMode.HALF_EVEN);

    private UsdFigures() {
    }

    /**
     * Five decimals as the site always showed, but never fewer than three significant digits:
     * 1/87.45 is "0.01144", 1/12194.21 is "0.0000820" rather than a misleading "0.00008".
     */
    public static String value(BigDecimal usdPerUnit) {
        BigDecimal threeSignificant = usdPerUnit.round(new MathContext(MIN_SIGNIFICANT_DIGITS, RoundingMode.HALF_UP));
        int scale = Math.max(DECIMALS, threeSignificant.scale());
        return usdPerUnit.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    /** Percentage change from {@code previous} to {@code current}, rounded to two decimals. */
    public static BigDecimal changePercent(BigDecimal previous, BigDecimal current) {
        return current.subtract(previous)
                .multiply(HUNDRED)
                .divide(previous, WORKING)
                .setScale(CHANGE_DECIMALS, RoundingMode.HALF_UP);
    }

    /** "0%" when unchanged (as the site always wrote it), otherwise e.g. "0.58%" or "-0.09%". */
    public static String change(BigDecimal percent) {
        if (percent.signum() == 0) {
            return "0%";
        }
        return percent.toPlainString() + "%";
    }
}
