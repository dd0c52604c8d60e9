package org.newsroom.rates.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.newsroom.rates.rate.ExchangeRate;

class OfficialQuoteTest {

    private static OfficialQuote quote(String currency, String value, int nominal) {
        return new OfficialQuote(currency, LocalDate.of(2026, 4, 1), new BigDecimal(value), nominal, "NBK", false,
                "NBK file of 01.04.2026: " + value + " " + currency + " per " + nominal + " USD");
    }

    @Test
    void refusesWhatCannotBeARate() {
        assertThrows(IllegalArgumentException.class, () -> quote("KZT", "0", 1));
        assertThrows(IllegalArgumentException.class, () -> quote("KZT", "-478.77", 1));
        assertThrows(IllegalArgumentException.class, () -> quote("KZT", "478.77", 0));
        assertThrows(IllegalArgumentException.class, () -> quote("kzt", "478.77", 1));
        assertThrows(IllegalArgumentException.class, () -> quote("KZTX", "478.77", 1));
        assertThrows(NullPointerException.class,
                () -> new OfficialQuote("KZT", null, BigDecimal.TEN, 1, "NBK", false, "test"));
    }

    @Test
    void becomesAStoredRowWithItsProvenanceAsTheNote() {
        OfficialQuote kzt = quote("KZT", "478.77", 1);
        ExchangeRate row = kzt.toExchangeRate(LocalDateTime.of(2026, 3, 31, 16, 5));

        assertEquals("KZT", row.getCurrency());
        assertEquals(new BigDecimal("478.77"), row.getQuote());
        assertEquals("NBK file of 01.04.2026: 478.77 KZT per 1 USD", row.getNote());
        assertEquals(row.usdPerUnit(), kzt.usdPerUnit());
        assertEquals(kzt, OfficialQuote.fromStored(row));
    }
}
