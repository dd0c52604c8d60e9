package org.newsroom.rates.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TickerCurrenciesTest {

    @Test
    void defaultIsTheFiveCentralAsianCurrenciesInTheSnapshotsOrder() {
        assertEquals(List.of("KGS", "KZT", "TJS", "UZS", "TMT"), TickerCurrencies.parse(null));
    }

    @Test
    void configuredListKeepsItsOrderAndFirstMentions() {
        assertEquals(List.of("KZT", "RUB", "EUR"), TickerCurrencies.parse(" kzt, RUB,,EUR, RUB"));
    }

    @Test
    void somethingThatIsNotACurrencyCodeIsRefusedNamingTheVariableNotDropped() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> TickerCurrencies.parse("KZT,e u r?"));
        assertTrue(refused.getMessage().startsWith("NEWSROOM_TICKER_CURRENCIES is \"KZT,e u r?\""), refused.getMessage());
    }
}
