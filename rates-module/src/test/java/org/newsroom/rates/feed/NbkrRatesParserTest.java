package org.newsroom.rates.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.rates.feed.Fixtures.bytes;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsroom.rates.ticker.UsdFigures;

class NbkrRatesParserTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private final NbkrRatesParser parser = new NbkrRatesParser();

    @Test
    void readsTheSomsDollarRateWithItsDecimalComma() throws Exception {
        OfficialQuote usd = parser.parseDaily(bytes("nbkr-daily-2026-05-24.xml")).usdQuote();

        assertEquals("KGS", usd.currency());
        assertEquals(LocalDate.of(2026, 5, 24), usd.effectiveDate());
        assertEquals("87.4500", usd.quote().toPlainString());
        assertEquals(1, usd.nominal());
        assertEquals("NBKR", usd.source());
        assertEquals("NBKR daily file of 24.05.2026: 87.4500 KGS per 1 USD", usd.provenance());
        assertEquals("0.01144", UsdFigures.value(usd.usdPerUnit()));
    }

    @Test
    void theDailyFixtureReallyIsWindows1251WithCyrillic() {
        byte[] xml = bytes("nbkr-daily-2026-05-24.xml");
        assertThrows(CharacterCodingException.class,
                () -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(xml)),
                "the fixture must not be valid UTF-8, or the next tests prove nothing");
        assertTrue(new String(xml, WINDOWS_1251).contains("Национальный банк Кыргызской Республики"));
    }

    @Test
    void theEncodingIsTakenFromTheXmlDeclarationAlone() throws Exception {
        // Same text, re-encoded from a Java string, as if the HTTP header (which has no charset) did not exist.
        String text = "<?xml version=\"1.0\" encoding=\"windows-1251\" ?>\n"
                + "<CurrencyRates Name=\"Учетные курсы\" Date=\"24.05.2026\">\n"
                + "<Currency ISOCode=\"USD\"><Nominal>1</Nominal><Value>87,4500</Value></Currency>\n"
                + "</CurrencyRates>\n";
        byte[] xml = text.getBytes(WINDOWS_1251);
        assertEquals(new BigDecimal("87.4500"), parser.parseDaily(xml).usdQuote().quote());

        // The same bytes claiming UTF-8 are not readable: the parser really follows the declaration.
        byte[] lying = new String(xml, StandardCharsets.ISO_8859_1).replace("windows-1251", "UTF-8")
                .getBytes(StandardCharsets.ISO_8859_1);
        FeedException e = assertThrows(FeedException.class, () -> parser.parseDaily(lying));
        assertEquals("NBKR sent XML whose bytes do not match the encoding it declares (line 2), so it was not used",
                e.getMessage());
    }

    @Test
    void theDailyFileAlsoGivesTheTenge() throws Exception {
        RateTable daily = parser.parseDaily(bytes("nbkr-daily-2026-05-24.xml"));
        assertEquals(new ForeignRate("KZT", new BigDecimal("0.1859"), 1), daily.require("KZT"));
    }

    @Test
    void theWeeklyFileGivesTheRegionsOtherCurrencies() throws Exception {
        RateTable weekly = parser.parseWeekly(bytes("nbkr-weekly-2026-05-23.xml"));

        assertEquals(LocalDate.of(2026, 5, 23), weekly.effectiveDate());
        assertEquals("NBKR weekly file of 23.05.2026", weekly.label());
        assertEquals(new ForeignRate("TJS", new BigDecimal("9.4148"), 1), weekly.require("TJS"));
        assertEquals(new ForeignRate("UZS", new BigDecimal("0.0073"), 1), weekly.require("UZS"));
        assertEquals(new ForeignRate("TMT", new BigDecimal("24.9857"), 1), weekly.require("TMT"));
        assertTrue(weekly.find("JPY").isEmpty());
    }

    @Test
    void theWeeklyFileHasNoDollarAndSaysSoWhenAskedForOne() throws Exception {
        RateTable weekly = parser.parseWeekly(bytes("nbkr-weekly-2026-05-23.xml"));
        FeedException e = assertThrows(FeedException.class, weekly::usdQuote);
        assertEquals("USD is missing from the NBKR weekly file of 23.05.2026", e.getMessage());
    }

    @Test
    void aDailyFileWithoutTheDollarSaysSo() {
        FeedException e = assertThrows(FeedException.class,
                () -> parser.parseDaily(bytes("nbkr-daily-without-usd.xml")));
        assertEquals("USD is missing from the NBKR daily file of 24.05.2026", e.getMessage());
    }

    @Test
    void aZeroRateIsRefused() {
        FeedException e = assertThrows(FeedException.class,
                () -> parser.parseDaily(bytes("nbkr-daily-zero-usd.xml")));
        assertEquals("The rate of USD in the NBKR daily file of 24.05.2026 is 0,0000; a rate must be above zero",
                e.getMessage());
    }

    @Test
    void aNumberWithBothSeparatorsIsNotGuessedAt() {
        byte[] xml = daily("<Currency ISOCode=\"USD\"><Nominal>1</Nominal><Value>1.087,45</Value></Currency>");
        FeedException e = assertThrows(FeedException.class, () -> parser.parseDaily(xml));
        assertEquals("The rate of USD in the NBKR daily file of 24.05.2026 is \"1.087,45\", which is not a number",
                e.getMessage());
    }

    @Test
    void malformedXmlIsAFeedException() {
        byte[] xml = daily("<Currency ISOCode=\"USD\"><Nominal>1</Nominal><Value>87,4500</Currency>");
        FeedException e = assertThrows(FeedException.class, () -> parser.parseDaily(xml));
        assertTrue(e.getMessage().startsWith("NBKR sent broken XML (line 2"), e.getMessage());
    }

    @Test
    void aFileWithoutADateIsRefused() {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"windows-1251\" ?>\n<CurrencyRates Name=\"Daily\">"
                + "<Currency ISOCode=\"USD\"><Nominal>1</Nominal><Value>87,4500</Value></Currency></CurrencyRates>")
                .getBytes(WINDOWS_1251);
        FeedException e = assertThrows(FeedException.class, () -> parser.parseDaily(xml));
        assertEquals("The NBKR daily file gives no date", e.getMessage());
    }

    @Test
    void anHtmlErrorPageIsNamedAsSuch() {
        FeedException e = assertThrows(FeedException.class, () -> parser.parseWeekly(bytes("error-page.html")));
        assertEquals("NBKR answered with an HTML page instead of XML", e.getMessage());
    }

    private static byte[] daily(String currencies) {
        return ("<?xml version=\"1.0\" encoding=\"windows-1251\" ?>\n"
                + "<CurrencyRates Name=\"Курсы\" Date=\"24.05.2026\">" + currencies + "</CurrencyRates>\n")
                .getBytes(WINDOWS_1251);
    }
}
