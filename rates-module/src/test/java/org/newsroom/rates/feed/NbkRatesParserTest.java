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

class NbkRatesParserTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    private final NbkRatesParser parser = new NbkRatesParser();

    @Test
    void readsTheTengesDollarRateExactlyAsPublished() throws Exception {
        OfficialQuote usd = parser.parse(bytes("nbk-2026-04-01.xml"), APRIL_1).usdQuote();

        assertEquals("KZT", usd.currency());
        assertEquals(APRIL_1, usd.effectiveDate());
        assertEquals("478.77", usd.quote().toPlainString());
        assertEquals(1, usd.nominal());
        assertEquals("NBK", usd.source());
        assertFalse(usd.derived());
        assertEquals("NBK file of 01.04.2026: 478.77 KZT per 1 USD", usd.provenance());
    }

    @Test
    void keepsTheRegionalRowsWithTheirNominalsForCrossRates() throws Exception {
        RateTable table = parser.parse(bytes("nbk-2026-04-01.xml"), APRIL_1);

        assertEquals(new ForeignRate("KGS", new BigDecimal("5.47"), 1, new BigDecimal("-0.04")),
                table.find("KGS").orElseThrow());
        assertEquals(new BigDecimal("50.19"), table.find("TJS").orElseThrow().value());
        assertEquals(100, table.find("UZS").orElseThrow().nominal());
        assertEquals(new BigDecimal("3.93"), table.find("UZS").orElseThrow().value());
        assertEquals(new BigDecimal("549.10"), table.find("EUR").orElseThrow().value(),
                "kept for the ticker's added currencies");
        assertTrue(table.find("IRR").isEmpty(), "rows nobody uses are not kept");
    }

    @Test
    void aBrokenRowOfACurrencyNobodyUsesDoesNotStopTheFile() throws Exception {
        // The fixture's IRR row has a rate of 0; only the region's rows are read.
        assertEquals("478.77", parser.parse(bytes("nbk-2026-04-01.xml"), APRIL_1).usdQuote().quote().toPlainString());
    }

    @Test
    void tengeMovesLikeTheSnapshotAgainstThePreviousDaysRate() throws Exception {
        OfficialQuote today = parser.parse(bytes("nbk-2026-04-01.xml"), APRIL_1).usdQuote();
        OfficialQuote yesterday = new OfficialQuote("KZT", APRIL_1.minusDays(1), new BigDecimal("481.54"), 1,
                "NBK", false, "NBK file of 31.03.2026: 481.54 KZT per 1 USD");

        assertEquals("0.58%", UsdFigures.change(UsdFigures.changePercent(yesterday.usdPerUnit(), today.usdPerUnit())));
        assertEquals("0.00209", UsdFigures.value(today.usdPerUnit()));
    }

    @Test
    void aDayWithoutRatesIsTheNoRateOutcomeNotAnError() {
        LocalDate sunday = LocalDate.of(2026, 4, 5);
        NoRateForDate none = assertThrows(NoRateForDate.class,
                () -> parser.parse(bytes("nbk-no-rates-2026-04-05.xml"), sunday));

        assertEquals("NBK", none.source());
        assertEquals(sunday, none.date());
        assertTrue(none.banksWords().endsWith("нет."), none.banksWords());
        assertTrue(none.getMessage().startsWith("NBK has published no rates for 2026-04-05"), none.getMessage());
    }

    @Test
    void noRateIsDeliberatelyNotAFeedExceptionSoCatchingErrorsCannotSwallowIt() {
        assertFalse(FeedException.class.isAssignableFrom(NoRateForDate.class));
    }

    @Test
    void aFileForAnotherDayIsRefused() {
        FeedException e = assertThrows(FeedException.class,
                () -> parser.parse(bytes("nbk-2026-04-01.xml"), LocalDate.of(2026, 4, 2)));
        assertEquals("NBK sent the file for 2026-04-01 when 2026-04-02 was asked", e.getMessage());
    }

    @Test
    void anEmptyBodyIsReportedAsEmpty() {
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(new byte[0], APRIL_1));
        assertEquals("The response from NBK was empty", e.getMessage());
    }

    @Test
    void anHtmlErrorPageIsNamedAsSuch() {
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(bytes("error-page.html"), APRIL_1));
        assertEquals("NBK answered with an HTML page instead of XML", e.getMessage());
    }

    @Test
    void aCutOffFileIsNamedAsSuch() {
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(bytes("nbk-truncated.xml"), APRIL_1));
        assertEquals("NBK sent XML that is cut off before its end, so it was not used", e.getMessage());
    }

    @Test
    void plainTextIsNotXml() {
        FeedException e = assertThrows(FeedException.class,
                () -> parser.parse(utf8("Service temporarily unavailable"), APRIL_1));
        assertEquals("NBK sent something that is not XML, so it was not used", e.getMessage());
    }

    @Test
    void aFileWithoutTheDollarSaysSo() {
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(bytes("nbk-without-usd.xml"), APRIL_1));
        assertEquals("USD is missing from the NBK file of 01.04.2026", e.getMessage());
    }

    @Test
    void aZeroRateIsRefused() {
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(bytes("nbk-zero-usd.xml"), APRIL_1));
        assertEquals("The rate of USD in the NBK file of 01.04.2026 is 0.00; a rate must be above zero", e.getMessage());
    }

    @Test
    void aNegativeRateIsRefused() {
        byte[] xml = utf8("<rates><date>01.04.2026</date><item><title>USD</title><description>-478.77</description>"
                + "<quant>1</quant></item></rates>");
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(xml, APRIL_1));
        assertTrue(e.getMessage().endsWith("is -478.77; a rate must be above zero"), e.getMessage());
    }

    @Test
    void theRssWrapperOfTheLatestFileIsNotMistakenForThisFormat() {
        byte[] rss = utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>USD</title>"
                + "<description>478.77</description></item></channel></rss>");
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(rss, APRIL_1));
        assertEquals("NBK sent XML that is not a rates file: it starts with <rss> where <rates> was expected",
                e.getMessage());
    }

    @Test
    void anImpossibleDateIsRefused() {
        byte[] xml = utf8("<rates><date>31.02.2026</date><item><title>USD</title><description>478.77</description>"
                + "<quant>1</quant></item></rates>");
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(xml, APRIL_1));
        assertEquals("The NBK file gives its date as \"31.02.2026\", which is not a date", e.getMessage());
    }

    @Test
    void theBanksOwnChangeGivesItsPreviousDayFigure() throws Exception {
        // <change>-2.77</change> beside 478.77: the bank's rate of 31.03 was 481.54.
        OfficialQuote usd = parser.parse(bytes("nbk-2026-04-01.xml"), APRIL_1).usdQuote();
        assertEquals(new BigDecimal("481.54"), usd.previousQuote());
    }
}
