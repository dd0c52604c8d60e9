package org.newsroom.rates.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.rates.feed.Fixtures.bytes;
import static org.newsroom.rates.feed.Fixtures.utf8;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NbtRatesParserTest {

    private static final LocalDate MAY_18 = LocalDate.of(2026, 5, 18);

    private final NbtRatesParser parser = new NbtRatesParser();

    @Test
    void readsTheSomonisDollarRateExactlyAsPublished() throws Exception {
        OfficialQuote usd = parser.parse(bytes("nbt-2026-05-18.xml"), MAY_18).usdQuote();

        assertEquals("TJS", usd.currency());
        assertEquals(MAY_18, usd.effectiveDate());
        assertEquals("9.3450", usd.quote().toPlainString());
        assertEquals(1, usd.nominal());
        assertEquals("NBT", usd.source());
        assertEquals("NBT file of 2026-05-18: 9.3450 TJS per 1 USD", usd.provenance());
    }

    @Test
    void keepsTheRegionalRowsWithTheirNominals() throws Exception {
        RateTable table = parser.parse(bytes("nbt-2026-05-18.xml"), MAY_18);

        assertEquals(new ForeignRate("KGS", new BigDecimal("1.0686"), 10), table.require("KGS"));
        assertEquals(new ForeignRate("KZT", new BigDecimal("0.1971"), 10), table.require("KZT"));
        assertEquals(new ForeignRate("UZS", new BigDecimal("0.0780"), 100), table.require("UZS"));
        assertEquals(new ForeignRate("TMT", new BigDecimal("2.6700"), 1), table.require("TMT"));
    }

    @Test
    void rowsAreKeyedOnCharCodeNotOnId() throws Exception {
        byte[] xml = utf8("<ValCurs Date=\"2026-05-18\">"
                + "<Valute ID=\"840\"><CharCode>EUR</CharCode><Nominal>1</Nominal><Value>10.8757</Value></Valute>"
                + "<Valute ID=\"1\"><CharCode>USD</CharCode><Nominal>1</Nominal><Value>9.3450</Value></Valute>"
                + "</ValCurs>");
        assertEquals(new BigDecimal("9.3450"), parser.parse(xml, MAY_18).usdQuote().quote());
    }

    @Test
    void aFileForAnotherDayThanAskedIsRefused() {
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(bytes("nbt-2026-05-17.xml"), MAY_18));
        assertEquals("NBT sent the file for 2026-05-17 when 2026-05-18 was asked", e.getMessage());
    }

    @Test
    void aDateOutOfRangeAnsweredWithTodaysFileIsRefused() {
        LocalDate farFuture = LocalDate.of(2030, 1, 1);
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(bytes("nbt-2026-05-18.xml"), farFuture));
        assertEquals("NBT sent the file for 2026-05-18 when 2030-01-01 was asked", e.getMessage());
    }

    @Test
    void malformedXmlIsAFeedExceptionThatSaysWhere() {
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(bytes("nbt-malformed.xml"), MAY_18));
        assertTrue(e.getMessage().startsWith("NBT sent broken XML (line 11"), e.getMessage());
    }

    @Test
    void aFileWithoutTheDollarSaysSo() {
        byte[] xml = utf8("<ValCurs Date=\"2026-05-18\"><Valute ID=\"978\"><CharCode>EUR</CharCode>"
                + "<Nominal>1</Nominal><Value>10.8757</Value></Valute></ValCurs>");
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(xml, MAY_18));
        assertEquals("USD is missing from the NBT file of 2026-05-18", e.getMessage());
    }

    @Test
    void aNegativeRateIsRefused() {
        byte[] xml = utf8("<ValCurs Date=\"2026-05-18\"><Valute ID=\"840\"><CharCode>USD</CharCode>"
                + "<Nominal>1</Nominal><Value>-9.3450</Value></Valute></ValCurs>");
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(xml, MAY_18));
        assertEquals("The rate of USD in the NBT file of 2026-05-18 is -9.3450; a rate must be above zero",
                e.getMessage());
    }

    @Test
    void anHtmlErrorPageIsNamedAsSuch() {
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(bytes("error-page.html"), MAY_18));
        assertEquals("NBT answered with an HTML page instead of XML", e.getMessage());
    }

    @Test
    void anEmptyBodyIsReportedAsEmpty() {
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(new byte[0], MAY_18));
        assertEquals("The response from NBT was empty", e.getMessage());
    }
}
