package org.newsroom.web.rates.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ConversionTest {

    private static final Conversion.Rate KZT = new Conversion.Rate("KZT", new BigDecimal("478.77"), 1);
    private static final Conversion.Rate UZS = new Conversion.Rate("UZS", new BigDecimal("12194.21"), 1);
    private static final Conversion.Rate KGS = new Conversion.Rate("KGS", new BigDecimal("87.4500"), 1);

    @Test
    void throughTheDollarWithOneDivision() {
        // 100 KZT = 100 / 478.77 USD = 100 × 12194.21 / 478.77 UZS = 2546.9874...
        BigDecimal sum = Conversion.convert(new BigDecimal("100"), KZT, UZS);
        assertEquals(0, sum.compareTo(new BigDecimal("1219421").divide(new BigDecimal("478.77"), Conversion.WORKING)));
        assertEquals("2546.99", Conversion.display(sum));
    }

    @Test
    void toAndFromTheDollarIsTheBanksOwnFigure() {
        assertEquals(0, Conversion.convert(BigDecimal.ONE, Conversion.Rate.USD, KGS).compareTo(new BigDecimal("87.45")));
        assertEquals("0.00008201", Conversion.display(Conversion.convert(BigDecimal.ONE, UZS, Conversion.Rate.USD)),
                "small results keep four significant digits");
    }

    @Test
    void aNominalOfMoreThanOneUnitIsDividedOut() {
        Conversion.Rate per100 = new Conversion.Rate("XXX", new BigDecimal("393"), 100);
        assertEquals(0, Conversion.convert(BigDecimal.ONE, per100, Conversion.Rate.USD).compareTo(new BigDecimal("100")
                .divide(new BigDecimal("393"), Conversion.WORKING)));
    }

    @Test
    void amountsAreReadAsReadersTypeThem() {
        assertEquals(new BigDecimal("1500"), Conversion.parseAmount("1500").orElseThrow());
        assertEquals(new BigDecimal("1500.50"), Conversion.parseAmount("1500,50").orElseThrow());
        assertEquals(new BigDecimal("1000.5"), Conversion.parseAmount(" 1 000.5 ").orElseThrow());
        assertEquals(new BigDecimal("1000"), Conversion.parseAmount("1\u00a0000").orElseThrow(), "a no-break space");
        assertTrue(Conversion.parseAmount("жүз").isEmpty());
        assertTrue(Conversion.parseAmount("сто").isEmpty());
        assertTrue(Conversion.parseAmount("-5").isEmpty());
        assertTrue(Conversion.parseAmount("1,2,3").isEmpty());
        assertTrue(Conversion.parseAmount("").isEmpty());
    }

    @Test
    void ratesBetweenTwoCurrenciesShowSixSignificantDigits() {
        assertEquals("25.4699", Conversion.displayRate(Conversion.convert(BigDecimal.ONE, KZT, UZS)));
    }
}
