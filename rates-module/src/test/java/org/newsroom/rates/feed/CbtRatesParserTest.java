package org.newsroom.rates.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Central Bank of Turkmenistan's daily file (CRLF, tabs, a broken row nobody reads). */
class CbtRatesParserTest {

    private static final LocalDate MAY_20 = LocalDate.of(2026, 5, 20);
    private final CbtRatesParser parser = new CbtRatesParser();

    @Test
    void theDollarRowIsTheManatsRateWithTheBanksDigits() throws Exception {
        OfficialQuote tmt = parser.parse(Fixtures.bytes("cbt-2026-05-20.xml"), MAY_20).usdQuote();

        assertEquals("TMT", tmt.currency());
        assertEquals(MAY_20, tmt.effectiveDate());
        assertEquals("3.5", tmt.quote().toPlainString(), "as the bank wrote it");
        assertEquals("CBT", tmt.source());
        assertEquals("CBT file of 20.05.2026: 3.5 TMT per 1 USD", tmt.provenance());
    }

    @Test
    void theRegionsRowsAreKeptWithTheirMultipliersForCrossRates() throws Exception {
        RateTable table = parser.parse(Fixtures.bytes("cbt-2026-05-20.xml"), MAY_20);

        assertEquals(new ForeignRate("KZT", new BigDecimal("0.7424"), 100), table.require("KZT"));
        assertEquals(new ForeignRate("UZS", new BigDecimal("0.2913"), 1000), table.require("UZS"));
        assertTrue(table.find("IRR").isEmpty(), "the broken rial row is never read");
    }

    @Test
    void olderFilesWriteTheDateTheIsoWay() throws Exception {
        String file = "<cbt_currency_rate><date>2023-03-01</date><rate code=\"USD\"><multiplier>1</multiplier>"
                + "<rate_tmt>3.5</rate_tmt></rate></cbt_currency_rate>";
        RateTable table = parser.parse(file.getBytes(StandardCharsets.UTF_8), LocalDate.of(2023, 3, 1));
        assertEquals(LocalDate.of(2023, 3, 1), table.effectiveDate());
    }

    @Test
    void aFileForAnotherDayIsRefused() {
        FeedException e = assertThrows(FeedException.class,
                () -> parser.parse(Fixtures.bytes("cbt-2026-05-20.xml"), MAY_20.plusDays(1)));
        assertEquals("CBT sent the file for 2026-05-20 when 2026-05-21 was asked", e.getMessage());
    }

    @Test
    void anErrorPageIsSaidToBeOne() {
        FeedException e = assertThrows(FeedException.class,
                () -> parser.parse(Fixtures.bytes("error-page.html"), MAY_20));
        assertTrue(e.getMessage().contains("HTML"), e.getMessage());
    }
}
