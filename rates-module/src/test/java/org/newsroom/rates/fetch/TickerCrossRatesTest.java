package org.newsroom.rates.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.rates.feed.OfficialQuote;
import org.newsroom.rates.ticker.UsdFigures;

class TickerCrossRatesTest {

    private static final LocalDate MAY_24 = LocalDate.of(2026, 5, 24);

    @Test
    void onlyRubEurAndCnyAreAddedInTheTickersOrder() {
        assertEquals(List.of("CNY", "EUR"), TickerCrossRates.addedTo(List.of("KGS", "CNY", "GBP", "EUR", "KZT")));
        assertEquals(List.of(), TickerCrossRates.addedTo(List.of("KGS", "KZT", "TJS", "UZS", "TMT")));
    }

    @Test
    void theEuroFromTheTengeFile() throws Exception {
        OfficialQuote eur = TickerCrossRates.derive("EUR", List.of(Canned.nbk())).orElseThrow();

        // 478.77 KZT per USD / 549.10 KZT per EUR, twelve significant digits
        assertEquals(new BigDecimal("0.871917683482"), eur.quote());
        assertEquals("EUR", eur.currency());
        assertEquals(LocalDate.of(2026, 4, 1), eur.effectiveDate());
        assertEquals("NBK", eur.source());
        assertTrue(eur.derived());
        assertEquals("derived from NBK file of 01.04.2026: USD 478.77 KZT per 1 / EUR 549.10 KZT per 1",
                eur.provenance());
        assertEquals("1.14690", UsdFigures.value(FetchRun.storable(eur).usdPerUnit()), "what the ticker shows");
    }

    @Test
    void theTengeFileIsPreferredOverTheSomsDailyFile() throws Exception {
        OfficialQuote eur = TickerCrossRates.derive("EUR", List.of(Canned.nbkr(), Canned.nbk())).orElseThrow();
        assertEquals("NBK", eur.source());
    }

    @Test
    void theSomsDailyFileWhenTheTengeFileLacksTheCurrencyOrWasNotRead() throws Exception {
        // The NBK fixture has no RUB or CNY row; NBKR's daily file has both, dated 24.05.2026.
        OfficialQuote rub = TickerCrossRates.derive("RUB", List.of(Canned.nbk(), Canned.nbkr())).orElseThrow();
        assertEquals(new BigDecimal("71.3120769795"), rub.quote(), "87.4500 / 1.2263");
        assertEquals(MAY_24, rub.effectiveDate());
        assertTrue(rub.provenance().startsWith("derived from NBKR daily file of 24.05.2026"), rub.provenance());

        OfficialQuote cny = TickerCrossRates.derive("CNY", List.of(Canned.nbkr())).orElseThrow();
        assertEquals(new BigDecimal("6.79450224153"), cny.quote(), "87.4500 / 12.8707");

        OfficialQuote eur = TickerCrossRates.derive("EUR", List.of(Canned.cbu(), Canned.nbkr())).orElseThrow();
        assertEquals(new BigDecimal("0.861511847389"), eur.quote(), "87.4500 / 101.5076");
        assertEquals("NBKR", eur.source());
    }

    @Test
    void noOtherBanksFileIsUsed() throws Exception {
        // CBU's and NBT's files carry EUR as well, but the newsroom asked for NBK's, else NBKR's daily file.
        assertTrue(TickerCrossRates.derive("EUR", List.of(Canned.cbu(), Canned.nbt())).isEmpty());
        assertTrue(TickerCrossRates.derive("RUB", List.of(Canned.nbk())).isEmpty());
        assertTrue(TickerCrossRates.derive("EUR", List.of()).isEmpty());
    }

    @Test
    void aDayWithAFigureKeepsItAgainstALessPreferredFileOrAnEditor() {
        OfficialQuote fromNbkr = quote(MAY_24, "NBKR", true);
        OfficialQuote fromNbk = quote(MAY_24, "NBK", true);

        assertTrue(TickerCrossRates.mayReplace(fromNbkr, null));
        assertTrue(TickerCrossRates.mayReplace(fromNbkr, quote(MAY_24.minusDays(1), "NBK", true)), "a new day");
        assertTrue(TickerCrossRates.mayReplace(fromNbkr, quote(MAY_24.plusDays(1), "NBK", true)),
                "an older day is for the validation to refuse, with its own words");
        assertTrue(TickerCrossRates.mayReplace(fromNbk, fromNbkr), "the preferred file takes the day over");
        assertTrue(TickerCrossRates.mayReplace(fromNbk, fromNbk), "the same file may correct itself");
        assertFalse(TickerCrossRates.mayReplace(fromNbkr, fromNbk));
        assertFalse(TickerCrossRates.mayReplace(fromNbk, quote(MAY_24, "ECB", false)), "an editor's entry stays");
    }

    private static OfficialQuote quote(LocalDate date, String source, boolean derived) {
        return new OfficialQuote("EUR", date, new BigDecimal("0.87"), 1, source, derived, "test");
    }
}
