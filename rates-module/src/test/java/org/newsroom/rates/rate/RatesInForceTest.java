package org.newsroom.rates.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rate set a day ahead is stored at once and goes on the ticker on its effective date. */
class RatesInForceTest {

    private static final LocalDate MAY_23 = LocalDate.of(2026, 5, 23);
    private static final LocalDate MAY_24 = LocalDate.of(2026, 5, 24);

    private static ExchangeRate kgs(LocalDate date, String quote, int hour) {
        return new ExchangeRate("KGS", date, new BigDecimal(quote), 1, "NBKR", false,
                LocalDateTime.of(2026, 5, 23, hour, 0), "NBKR daily file");
    }

    /** Newest first, as the query gives them: tomorrow's row, today's correction, today's, yesterday's. */
    private final List<ExchangeRate> stored = List.of(kgs(MAY_24, "87.5000", 11), kgs(MAY_23, "87.4520", 10),
            kgs(MAY_23, "87.4500", 9), kgs(MAY_23.minusDays(1), "87.4000", 9));

    @Test
    void onTheAfternoonItIsPublishedTomorrowsRateIsNotYetInForce() {
        List<ExchangeRate> inForce = RatesInForce.latest(stored, MAY_23, 2);

        assertEquals(MAY_23, inForce.get(0).getEffectiveDate());
        assertEquals("87.4520", inForce.get(0).getQuote().toPlainString(), "the day's latest correction");
        assertEquals(MAY_23.minusDays(1), inForce.get(1).getEffectiveDate());
    }

    @Test
    void onItsDateTheTickerSwitchesToIt() {
        List<ExchangeRate> inForce = RatesInForce.latest(stored, MAY_24, 2);

        assertEquals("87.5000", inForce.get(0).getQuote().toPlainString());
        assertEquals("87.4520", inForce.get(1).getQuote().toPlainString(), "compared with the day before");
    }
}
