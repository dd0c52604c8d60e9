package org.newsroom.rates.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.rates.feed.Fixtures.bytes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CrossRatesTest {

    private static RateTable nbk() throws Exception {
        return new NbkRatesParser().parse(bytes("nbk-2026-04-01.xml"), LocalDate.of(2026, 4, 1));
    }

    @Test
    void somFromTheTengeFileAsInTheNotes() throws Exception {
        OfficialQuote kgs = CrossRates.derive("KGS", nbk());

        // 478.77 / 5.47, twelve significant digits
        assertEquals(new BigDecimal("87.5265082267"), kgs.quote());
        assertEquals("87.53", kgs.quote().setScale(2, RoundingMode.HALF_UP).toPlainString());
        assertEquals("KGS", kgs.currency());
        assertEquals(1, kgs.nominal());
        assertEquals(LocalDate.of(2026, 4, 1), kgs.effectiveDate());
        assertEquals("NBK", kgs.source());
        assertTrue(kgs.derived());
        assertEquals("derived from NBK file of 01.04.2026: USD 478.77 KZT per 1 / KGS 5.47 KZT per 1",
                kgs.provenance());
    }

    @Test
    void theCrossRateIsCloseToButNotTheSameAsNbkrsOwn() throws Exception {
        BigDecimal derived = CrossRates.derive("KGS", nbk()).quote();
        BigDecimal own = new NbkrRatesParser().parseDaily(bytes("nbkr-daily-2026-05-24.xml")).usdQuote().quote();
        BigDecimal gapPercent = derived.subtract(own).multiply(BigDecimal.valueOf(100))
                .divide(own, CrossRates.PRECISION);
        assertEquals("0.09", gapPercent.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    @Test
    void theNominalOfTheOtherRowIsHonoured() throws Exception {
        // NBK quotes the sum per 100: 478.77 × 100 / 3.93
        OfficialQuote uzs = CrossRates.derive("UZS", nbk());
        assertEquals(new BigDecimal("12182.4427481"), uzs.quote());
        assertTrue(uzs.provenance().endsWith("UZS 3.93 KZT per 100"), uzs.provenance());
    }

    @Test
    void resultsNeverCarryMoreThanTwelveSignificantDigits() throws Exception {
        for (String currency : new String[] {"KGS", "TJS", "UZS"}) {
            assertTrue(CrossRates.derive(currency, nbk()).quote().precision() <= 12, currency);
        }
    }

    @Test
    void anExactQuotientStaysShort() throws Exception {
        RateTable nbt = new NbtRatesParser().parse(bytes("nbt-2026-05-18.xml"), LocalDate.of(2026, 5, 18));
        assertEquals("3.5", CrossRates.derive("TMT", nbt).quote().toPlainString());
    }

    @Test
    void nbkrsTwoFilesCombineDollarFromDailyAndManatFromWeekly() throws Exception {
        NbkrRatesParser nbkr = new NbkrRatesParser();
        RateTable daily = nbkr.parseDaily(bytes("nbkr-daily-2026-05-24.xml"));
        RateTable weekly = nbkr.parseWeekly(bytes("nbkr-weekly-2026-05-23.xml"));

        OfficialQuote tmt = CrossRates.derive("TMT", daily, weekly);

        assertEquals(new BigDecimal("3.50000200114"), tmt.quote());
        assertEquals(LocalDate.of(2026, 5, 24), tmt.effectiveDate(), "the later of the two files' dates");
        assertEquals("derived from NBKR daily file of 24.05.2026 (USD 87.4500 KGS per 1) and "
                + "NBKR weekly file of 23.05.2026 (TMT 24.9857 KGS per 1)", tmt.provenance());
    }

    @Test
    void aCurrencyTheFileLacksIsAFeedException() {
        FeedException e = assertThrows(FeedException.class, () -> CrossRates.derive("TMT", nbk()));
        assertEquals("TMT is missing from the NBK file of 01.04.2026", e.getMessage());
    }

    @Test
    void askingForTheFilesOwnCurrencyIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> CrossRates.derive("KZT", nbk()));
        assertThrows(IllegalArgumentException.class, () -> CrossRates.derive("USD", nbk()));
    }

    @Test
    void filesInDifferentCurrenciesCannotBeCombined() throws Exception {
        RateTable nbt = new NbtRatesParser().parse(bytes("nbt-2026-05-18.xml"), LocalDate.of(2026, 5, 18));
        assertThrows(IllegalArgumentException.class, () -> CrossRates.derive("TMT", nbk(), nbt));
    }
}
