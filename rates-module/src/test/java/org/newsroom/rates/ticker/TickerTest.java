package org.newsroom.rates.ticker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.rates.rate.ExchangeRate;

class TickerTest {

    /** A Wednesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 8);

    private static ExchangeRate rate(String currency, LocalDate date, String quote, boolean derived, String note) {
        return new ExchangeRate(currency, date, new BigDecimal(quote), 1, derived ? "NBK" : "NBKR", derived,
                LocalDateTime.of(2026, 4, 1, 10, 0), note);
    }

    @Test
    void aRateWithinTheAgeIsCurrent() {
        // Friday 3 April to Wednesday 8 April: three business days.
        TickerItem item = Ticker.item("KGS", List.of(rate("KGS", LocalDate.of(2026, 4, 3), "87.45", false, null)),
                TODAY, 3);
        assertFalse(item.stale());
        assertEquals("0.01144", item.value());
        assertEquals("0%", item.change());
    }

    @Test
    void anOlderRateIsMarkedStaleButStillShown() {
        TickerItem item = Ticker.item("KGS", List.of(rate("KGS", LocalDate.of(2026, 4, 2), "87.45", false, null)),
                TODAY, 3);
        assertTrue(item.stale());
        assertEquals("0.01144", item.value());
        assertFalse(Ticker.item("KGS", List.of(rate("KGS", LocalDate.of(2026, 4, 2), "87.45", false, null)),
                TODAY, 4).stale(), "the age is configurable");
    }

    @Test
    void theManatPegIsNeverStale() {
        TickerItem tmt = Ticker.item("TMT", List.of(rate("TMT", LocalDate.of(2015, 1, 1), "3.50", false, null)),
                TODAY, 3);
        assertFalse(tmt.stale());
    }

    @Test
    void aCrossRateShowsWhereItCameFrom() {
        String provenance = "derived from NBK file of 08.04.2026: USD 478.77 KZT per 1 / KGS 5.47 KZT per 1";
        TickerItem item = Ticker.item("KGS", List.of(rate("KGS", TODAY, "87.526508", true, provenance),
                rate("KGS", TODAY.minusDays(1), "87.45", false, null)), TODAY, 3);

        assertTrue(item.derived());
        assertEquals("NBK", item.source());
        assertEquals(provenance, item.provenance());
        assertEquals("-0.09%", item.change());
    }

    @Test
    void noRateNoItem() {
        assertNull(Ticker.item("KZT", List.of(), TODAY, 3));
    }

    @Test
    void theOldConstructorStillWorks() {
        TickerItem item = new TickerItem("KZT", "0.00209", "0.58%", 1, "NBK", TODAY, false);
        assertFalse(item.stale());
        assertNull(item.provenance());
    }

    @Test
    void theFirstDaysChangeIsMeasuredAgainstTheBanksOwnPreviousFigure() {
        // The stored row before is a months-old sample (450.00); NBK's file says the day before was 481.54.
        ExchangeRate today = new ExchangeRate("KZT", TODAY, new BigDecimal("478.77"), 1, "NBK", false,
                LocalDateTime.of(2026, 4, 8, 10, 0), "NBK file", new BigDecimal("481.54"));
        ExchangeRate sample = rate("KZT", LocalDate.of(2025, 12, 1), "450.00", false, "sample");

        TickerItem item = Ticker.item("KZT", List.of(today, sample), TODAY, 3);

        assertEquals("0.58%", item.change());
        assertEquals(1, item.direction());
    }

    @Test
    void withoutTheBanksPreviousFigureTheStoredRowBeforeIsUsed() {
        ExchangeRate today = rate("KGS", TODAY, "87.45", false, null);
        ExchangeRate before = rate("KGS", TODAY.minusDays(1), "87.00", false, null);

        assertEquals("-0.51%", Ticker.item("KGS", List.of(today, before), TODAY, 3).change());
    }
}
