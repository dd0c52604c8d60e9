package org.newsroom.rates.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ExchangeRateTest {

    private static ExchangeRate rate(String quote, int nominal) {
        return new ExchangeRate("KZT", LocalDate.of(2026, 4, 1), new BigDecimal(quote), nominal, "NBK", false,
                LocalDateTime.of(2026, 4, 1, 12, 0), null);
    }

    @Test
    void nominalIsHonouredWhenConvertingToDollars() {
        // NBK quotes UZS per 100 units: 100 UZS = 3.93 KZT style quotes must divide by the nominal.
        assertEquals(0, rate("47877", 100).usdPerUnit().compareTo(rate("478.77", 1).usdPerUnit()));
    }

    @Test
    void zeroOrNegativeQuotesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> rate("0", 1));
        assertThrows(IllegalArgumentException.class, () -> rate("-478.77", 1));
    }

    @Test
    void zeroNominalIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> rate("478.77", 0));
    }
}
