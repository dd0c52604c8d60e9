package org.newsroom.rates.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.rates.feed.Fixtures.bytes;
import static org.newsroom.rates.feed.Fixtures.utf8;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The RUB, EUR and CNY rows the ticker's added currencies are worked out from: kept when usable, never fatal. */
class AddableRowsTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    @Test
    void theKeptRowsAreTheRegionsAndTheAddableOnes() {
        assertEquals(Set.of("USD", "KZT", "KGS", "TJS", "UZS", "TMT", "RUB", "EUR", "CNY"),
                RateTable.KEPT_CURRENCIES);
        assertTrue(RateTable.optional("EUR"));
        assertFalse(RateTable.optional("USD"));
        assertFalse(RateTable.optional("KGS"));
    }

    @Test
    void nbkrsDailyFileGivesAllThreeWithTheirDecimalComma() throws Exception {
        RateTable daily = new NbkrRatesParser().parseDaily(bytes("nbkr-daily-2026-05-24.xml"));

        assertEquals(new ForeignRate("EUR", new BigDecimal("101.5076"), 1), daily.require("EUR"));
        assertEquals(new ForeignRate("CNY", new BigDecimal("12.8707"), 1), daily.require("CNY"));
        assertEquals(new ForeignRate("RUB", new BigDecimal("1.2263"), 1), daily.require("RUB"));
    }

    @Test
    void nbksFileGivesTheEuro() throws Exception {
        RateTable nbk = new NbkRatesParser().parse(bytes("nbk-2026-04-01.xml"), APRIL_1);
        assertEquals(new ForeignRate("EUR", new BigDecimal("549.10"), 1, new BigDecimal("-3.05")), nbk.require("EUR"));
    }

    @Test
    void aBrokenEuroRowIsLeftOutAndTheFileStillGivesTheDollar() throws Exception {
        byte[] xml = utf8("<rates><date>01.04.2026</date>"
                + "<item><title>EUR</title><description>n/a</description><quant>1</quant></item>"
                + "<item><title>USD</title><description>478.77</description><quant>1</quant></item></rates>");

        RateTable table = new NbkRatesParser().parse(xml, APRIL_1);

        assertEquals("478.77", table.usdQuote().quote().toPlainString());
        assertTrue(table.find("EUR").isEmpty());
    }

    @Test
    void aEuroGivenTwiceWithDifferentRatesIsLeftOutForGood() throws Exception {
        byte[] xml = utf8("<rates><date>01.04.2026</date>"
                + "<item><title>EUR</title><description>549.10</description><quant>1</quant></item>"
                + "<item><title>EUR</title><description>550.00</description><quant>1</quant></item>"
                + "<item><title>EUR</title><description>549.10</description><quant>1</quant></item>"
                + "<item><title>USD</title><description>478.77</description><quant>1</quant></item></rates>");

        RateTable table = new NbkRatesParser().parse(xml, APRIL_1);

        assertTrue(table.find("EUR").isEmpty(), "neither figure can be trusted, not even when repeated");
        assertEquals("478.77", table.usdQuote().quote().toPlainString());
    }

    @Test
    void aCbuEuroEntryWithoutARateIsLeftOut() throws Exception {
        byte[] json = utf8("[{\"Ccy\":\"EUR\",\"Nominal\":\"1\",\"Date\":\"01.04.2026\"},"
                + "{\"Ccy\":\"USD\",\"Nominal\":\"1\",\"Rate\":\"12194.21\",\"Date\":\"01.04.2026\"}]");

        RateTable table = new CbuRatesParser().parse(json);

        assertTrue(table.find("EUR").isEmpty());
        assertEquals("12194.21", table.usdQuote().quote().toPlainString());
    }

    @Test
    void aBrokenRowOfTheRegionStillRefusesTheFile() {
        byte[] xml = utf8("<rates><date>01.04.2026</date>"
                + "<item><title>KGS</title><description>n/a</description><quant>1</quant></item>"
                + "<item><title>USD</title><description>478.77</description><quant>1</quant></item></rates>");

        FeedException e = assertThrows(FeedException.class, () -> new NbkRatesParser().parse(xml, APRIL_1));
        assertTrue(e.getMessage().contains("KGS"), e.getMessage());
    }
}
