package org.newsroom.rates.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.rates.feed.OfficialQuote;

class CrossRateFallbackTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    @Test
    void theSomComesFromTheNbkFileFirst() throws Exception {
        List<FetchedRates> fetched = List.of(Canned.nbt(), Canned.nbk());

        OfficialQuote kgs = CrossRateFallback.derive("KGS", fetched).orElseThrow();

        assertEquals(new BigDecimal("87.5265082267"), kgs.quote());
        assertEquals("NBK", kgs.source());
        assertTrue(kgs.derived());
        assertTrue(kgs.provenance().startsWith("derived from NBK file of 01.04.2026"), kgs.provenance());
    }

    @Test
    void otherBanksAreTriedWhenTheFirstLacksTheCurrency() throws Exception {
        // NBK has no TMT row, NBT has.
        OfficialQuote tmt = CrossRateFallback.derive("TMT", List.of(Canned.nbk(), Canned.nbt())).orElseThrow();
        assertEquals("NBT", tmt.source());
    }

    @Test
    void nbkrPairsItsDailyDollarWithItsWeeklyRow() throws Exception {
        OfficialQuote tjs = CrossRateFallback.derive("TJS", List.of(Canned.nbkr())).orElseThrow();
        assertEquals("NBKR", tjs.source());
        assertEquals(LocalDate.of(2026, 5, 24), tjs.effectiveDate(), "the later of the two files");
        assertTrue(tjs.provenance().contains("weekly"), tjs.provenance());
    }

    @Test
    void nothingWhenNoOtherFileHelps() throws Exception {
        assertTrue(CrossRateFallback.derive("KZT", List.of(Canned.nbk())).isEmpty(), "not from its own bank");
        assertTrue(CrossRateFallback.derive("KGS", List.of()).isEmpty());
    }

    @Test
    void aCrossRateNeverReplacesTheBanksOwnRateOfTheSameDay() {
        OfficialQuote derived = quote(APRIL_1, true);
        assertTrue(CrossRateFallback.worthStoring(derived, null));
        assertTrue(CrossRateFallback.worthStoring(derived, quote(APRIL_1.minusDays(1), false)));
        assertFalse(CrossRateFallback.worthStoring(derived, quote(APRIL_1, false)));
        assertTrue(CrossRateFallback.worthStoring(derived, quote(APRIL_1, true)), "an earlier cross rate may be updated");
        assertFalse(CrossRateFallback.worthStoring(derived, quote(APRIL_1.plusDays(1), true)));
    }

    private static OfficialQuote quote(LocalDate date, boolean derived) {
        return new OfficialQuote("KGS", date, new BigDecimal("87.45"), 1, derived ? "NBK" : "NBKR", derived, "test");
    }
}
