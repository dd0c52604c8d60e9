package org.newsroom.rates.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.rates.feed.Fixtures.bytes;
import static org.newsroom.rates.feed.Fixtures.utf8;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsroom.rates.ticker.UsdFigures;

class CbuRatesParserTest {

    private final CbuRatesParser parser = new CbuRatesParser();

    @Test
    void readsTheSumsDollarRateExactlyAsPublished() throws Exception {
        OfficialQuote usd = parser.parse(bytes("cbu-2026-04-01.json")).usdQuote();

        assertEquals("UZS", usd.currency());
        assertEquals(LocalDate.of(2026, 4, 1), usd.effectiveDate());
        assertEquals("12194.21", usd.quote().toPlainString());
        assertEquals(1, usd.nominal());
        assertEquals("CBU", usd.source());
        assertFalse(usd.derived());
        assertEquals("CBU file of 01.04.2026: 12194.21 UZS per 1 USD", usd.provenance());
    }

    @Test
    void theSumKeepsItsSignificantDigitsOnTheTicker() throws Exception {
        OfficialQuote usd = parser.parse(bytes("cbu-2026-04-01.json")).usdQuote();
        assertEquals("0.0000820", UsdFigures.value(usd.usdPerUnit()));
    }

    @Test
    void keepsTheRegionalRowsAndSkipsTheRest() throws Exception {
        RateTable table = parser.parse(bytes("cbu-2026-04-01.json"));

        assertEquals(new BigDecimal("25.53"), table.require("KZT").value());
        assertEquals(new BigDecimal("139.40"), table.require("KGS").value());
        assertEquals(new BigDecimal("1272.88"), table.require("TJS").value());
        assertEquals(new BigDecimal("4037.68"), table.require("TMT").value());
        // EUR is kept for the ticker's added currencies; IRR, whose Rate is empty in the fixture, is not even read.
        assertEquals(java.util.Set.of("USD", "KZT", "KGS", "TJS", "TMT", "EUR"), table.rows().keySet());
    }

    @Test
    void plainJsonNumbersAreReadJustAsExactly() throws Exception {
        byte[] json = utf8("[{\"Ccy\":\"USD\",\"Nominal\":1,\"Rate\":12194.21,\"Date\":\"01.04.2026\"}]");
        assertEquals("12194.21", parser.parse(json).usdQuote().quote().toPlainString());
    }

    @Test
    void cutOffJsonIsReportedAsBroken() {
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(bytes("cbu-truncated.json")));
        assertEquals("CBU sent JSON that is cut off before its end, so it was not used", e.getMessage());
    }

    @Test
    void brokenJsonThatIsNotCutOffIsStillRefused() {
        FeedException e = assertThrows(FeedException.class,
                () -> parser.parse(utf8("[{\"Ccy\":\"USD\",,\"Rate\":\"12194.21\"}]")));
        assertEquals("CBU sent broken JSON, so it was not used", e.getMessage());
    }

    @Test
    void plainTextIsNotJson() {
        FeedException e = assertThrows(FeedException.class,
                () -> parser.parse(utf8("Service temporarily unavailable")));
        assertEquals("CBU sent something that is not JSON, so it was not used", e.getMessage());
    }

    @Test
    void anHtmlErrorPageIsNamedAsSuch() {
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(bytes("error-page.html")));
        assertEquals("CBU answered with an HTML page instead of JSON", e.getMessage());
    }

    @Test
    void xmlInsteadOfJsonIsNamedAsSuch() {
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(bytes("nbt-2026-05-18.xml")));
        assertEquals("CBU answered with XML instead of JSON", e.getMessage());
    }

    @Test
    void anEmptyBodyIsReportedAsEmpty() {
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(utf8("  \r\n")));
        assertEquals("The response from CBU was empty", e.getMessage());
    }

    @Test
    void anEmptyListIsReportedAsEmpty() {
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(utf8("[]")));
        assertEquals("CBU sent an empty list of rates", e.getMessage());
    }

    @Test
    void anErrorObjectInsteadOfTheListIsRefused() {
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(utf8("{\"error\":\"Not found\"}")));
        assertEquals("CBU sent a JSON object where a list of rates was expected", e.getMessage());
    }

    @Test
    void aFileWithoutTheDollarSaysSo() {
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(bytes("cbu-without-usd.json")));
        assertEquals("USD is missing from the CBU file", e.getMessage());
    }

    @Test
    void aNegativeRateIsRefused() {
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(bytes("cbu-negative-usd.json")));
        assertEquals("The rate of USD in the CBU file of 01.04.2026 is -12194.21; a rate must be above zero",
                e.getMessage());
    }

    @Test
    void aZeroNominalIsRefused() {
        byte[] json = utf8("[{\"Ccy\":\"USD\",\"Nominal\":\"0\",\"Rate\":\"12194.21\",\"Date\":\"01.04.2026\"}]");
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(json));
        assertEquals("The nominal of USD in the CBU file of 01.04.2026 is \"0\"; it must be a whole number above zero",
                e.getMessage());
    }

    @Test
    void aDollarEntryWithoutADateIsRefused() {
        byte[] json = utf8("[{\"Ccy\":\"USD\",\"Nominal\":\"1\",\"Rate\":\"12194.21\"}]");
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(json));
        assertEquals("The CBU entry for USD has no Date", e.getMessage());
    }

    @Test
    void theBanksOwnDiffGivesItsPreviousDayFigure() throws Exception {
        // "Diff":"-16.5" beside "Rate":"12194.21": the bank's rate of 31.03 was 12210.71.
        OfficialQuote usd = parser.parse(bytes("cbu-2026-04-01.json")).usdQuote();
        assertEquals(new BigDecimal("12210.71"), usd.previousQuote());
    }

    @Test
    void aDiffThatIsNoNumberCostsOnlyThePreviousFigure() throws Exception {
        String file = "[{\"Ccy\":\"USD\",\"Nominal\":\"1\",\"Rate\":\"12194.21\",\"Diff\":\"n/a\","
                + "\"Date\":\"01.04.2026\"}]";
        OfficialQuote usd = parser.parse(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)).usdQuote();
        assertEquals(new BigDecimal("12194.21"), usd.quote());
        assertEquals(null, usd.previousQuote());
    }
}
