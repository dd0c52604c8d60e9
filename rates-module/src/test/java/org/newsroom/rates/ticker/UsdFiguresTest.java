package org.newsroom.rates.ticker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.newsroom.rates.rate.ExchangeRate;

class UsdFiguresTest {

    private static BigDecimal usd(String nationalPerUsd) {
        return new ExchangeRate("XXX", LocalDate.of(2026, 4, 1), new BigDecimal(nationalPerUsd), 1, "test", false,
                LocalDateTime.of(2026, 4, 1, 12, 0), null).usdPerUnit();
    }

    @Test
    void snapshotsSomIsShownWithFiveDecimals() {
        assertEquals("0.01144", UsdFigures.value(usd("87.45")));
    }

    @Test
    void tengeFromTheNbkSample() {
        assertEquals("0.00209", UsdFigures.value(usd("478.77")));
    }

    @Test
    void sumKeepsThreeSignificantDigitsInsteadOfTheSnapshotsLossyFigure() {
        assertEquals("0.0000820", UsdFigures.value(usd("12194.21")));
    }

    @Test
    void manatFollowsTheOfficialPegNotTheSnapshotsFigure() {
        assertEquals("0.28571", UsdFigures.value(usd("3.50")));
    }

    @Test
    void tengeRoseAgainstTheDollarByTheNbkSamplesChange() {
        BigDecimal percent = UsdFigures.changePercent(usd("481.54"), usd("478.77"));
        assertEquals(new BigDecimal("0.58"), percent);
        assertEquals("0.58%", UsdFigures.change(percent));
    }

    @Test
    void somoniFellLikeInTheSnapshot() {
        BigDecimal percent = UsdFigures.changePercent(usd("9.3366"), usd("9.3450"));
        assertEquals("-0.09%", UsdFigures.change(percent));
    }

    @Test
    void unchangedIsWrittenZeroPercent() {
        assertEquals("0%", UsdFigures.change(UsdFigures.changePercent(usd("87.45"), usd("87.45"))));
    }
}
