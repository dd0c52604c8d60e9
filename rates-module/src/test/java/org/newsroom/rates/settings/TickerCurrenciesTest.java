package org.newsroom.rates.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TickerCurrenciesTest {

    @Test
    void defaultIsTheFiveCentralAsianCurrenciesInTheSnapshotsOrder() {
        assertEquals(List.of("KGS", "KZT", "TJS", "UZS", "TMT"), TickerCurrencies.parse(null));
    }

    @Test
    void configuredListKeepsItsOrderAndDropsNonsense() {
        assertEquals(List.of("KZT", "RUB", "EUR"), TickerCurrencies.parse(" kzt, RUB,,e u r?,EUR, RUB"));
    }
}
