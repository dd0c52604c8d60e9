package org.newsroom.rates.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ManualRateTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    private static String refused(String currency, String quote, int nominal, String reason) {
        return assertThrows(IllegalArgumentException.class, () -> new ManualRate(currency, DAY,
                quote == null ? null : new BigDecimal(quote), nominal, null, reason)).getMessage();
    }

    @Test
    void anEntryIsTidiedUp() {
        ManualRate entry = new ManualRate(" tmt ", DAY, new BigDecimal("3.60"), 1, " ", " new peg announced ");
        assertEquals("TMT", entry.currency());
        assertEquals(ManualRate.DEFAULT_SOURCE, entry.source());
        assertEquals("new peg announced", entry.reason());
    }

    @Test
    void aReasonIsRequired() {
        assertEquals("A reason is required for a rate entered by hand", refused("KZT", "478.77", 1, " "));
    }

    @Test
    void figuresMustFitTheHistory() {
        assertEquals("The rate must be a number above zero", refused("KZT", "0", 1, "why"));
        assertEquals("The rate can have at most 6 decimals", refused("KZT", "478.7700001", 1, "why"));
        assertEquals("The nominal must be a whole number above zero", refused("KZT", "478.77", 0, "why"));
        assertEquals("A currency is a three-letter code such as KZT, got \"tenge\"", refused("tenge", "1", 1, "why"));
    }
}
