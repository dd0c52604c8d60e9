package org.newsroom.rates.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.newsroom.rates.feed.RateValidation.Decision;
import org.newsroom.rates.feed.RateValidation.Verdict;

class RateValidationTest {

    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);
    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    private final RateValidation validation = new RateValidation();

    private static OfficialQuote kzt(LocalDate date, String quote) {
        return kzt(date, quote, 1);
    }

    private static OfficialQuote kzt(LocalDate date, String quote, int nominal) {
        return new OfficialQuote("KZT", date, new BigDecimal(quote), nominal, "NBK", false, "test " + quote);
    }

    @Test
    void anOrdinaryDayIsAccepted() {
        Verdict verdict = validation.check(kzt(APRIL_1, "478.77"), kzt(MARCH_31, "481.54"), APRIL_1);

        assertEquals(Decision.ACCEPT, verdict.decision());
        assertTrue(verdict.reason().endsWith("changes in dollar value by 0.58% since 2026-03-31 (481.54 → 478.77)"), verdict.reason());
    }

    @Test
    void theFirstRateOfACurrencyIsAccepted() {
        assertEquals(Decision.ACCEPT, validation.check(kzt(APRIL_1, "478.77"), null, APRIL_1).decision());
    }

    @Test
    void aMoveOfMoreThanTenPercentIsHeldForAnEditor() {
        // the dollar value of the tenge rises by 11.34%
        Verdict verdict = validation.check(kzt(APRIL_1, "430.00"), kzt(MARCH_31, "478.77"), APRIL_1);

        assertEquals(Decision.HOLD, verdict.decision());
        assertTrue(verdict.reason().contains("11.34%"), verdict.reason());
        assertTrue(verdict.reason().contains("more than the 10% allowed"), verdict.reason());
    }

    @Test
    void exactlyTenPercentIsStillAccepted() {
        assertEquals(Decision.ACCEPT, validation.check(kzt(APRIL_1, "100"), kzt(MARCH_31, "110"), APRIL_1).decision());
    }

    @Test
    void theBoundIsOnTheDollarValueNotOnTheQuote() {
        // quote +11% is a dollar value of −9.91%: accepted; quote −10% is +11.11%: held
        assertEquals(Decision.ACCEPT, validation.check(kzt(APRIL_1, "111"), kzt(MARCH_31, "100"), APRIL_1).decision());
        assertEquals(Decision.HOLD, validation.check(kzt(APRIL_1, "90"), kzt(MARCH_31, "100"), APRIL_1).decision());
    }

    @Test
    void theBoundIsConfigurable() {
        RateValidation strict = new RateValidation(new BigDecimal("0.5"));
        assertEquals(Decision.HOLD, strict.check(kzt(APRIL_1, "478.77"), kzt(MARCH_31, "481.54"), APRIL_1).decision());
    }

    @Test
    void aRateSetForTomorrowIsStoredAndSaysWhenItGoesOnTheTicker() {
        Verdict verdict = validation.check(kzt(APRIL_1, "478.77"), kzt(MARCH_31, "481.54"), MARCH_31);

        assertEquals(Decision.ACCEPT, verdict.decision());
        assertTrue(verdict.reason().endsWith("it goes on the ticker on 2026-04-01"), verdict.reason());
    }

    @Test
    void aRateDatedMoreThanAWeekAheadIsRejected() {
        Verdict verdict = validation.check(kzt(APRIL_1.plusDays(8), "478.77"), kzt(MARCH_31, "481.54"), APRIL_1);

        assertEquals(Decision.REJECT, verdict.decision());
        assertFalse(verdict.alreadyStored());
        assertTrue(verdict.reason().contains("more than 7 days after today (2026-04-01)"), verdict.reason());
    }

    @Test
    void todaysFileReadAgainAfterTomorrowsRateWasStoredIsUpToDate() {
        Verdict verdict = validation.check(kzt(MARCH_31, "481.54"), kzt(APRIL_1, "478.77"), kzt(MARCH_31, "481.54"),
                MARCH_31);

        assertEquals(Decision.REJECT, verdict.decision());
        assertTrue(verdict.alreadyStored(), verdict.reason());
    }

    @Test
    void todaysRateCorrectedAfterTomorrowsWasStoredIsJudgedAgainstTheRateItCorrects() {
        Verdict verdict = validation.check(kzt(MARCH_31, "481.60"), kzt(APRIL_1, "478.77"), kzt(MARCH_31, "481.54"),
                MARCH_31);

        assertEquals(Decision.ACCEPT, verdict.decision(), verdict.reason());
        assertTrue(verdict.reason().contains("corrects the rate stored for 2026-03-31"), verdict.reason());
    }

    @Test
    void yesterdaysFileIsStillRefusedOnceANewerRateIsStored() {
        Verdict verdict = validation.check(kzt(MARCH_31, "481.60"), kzt(APRIL_1, "478.77"), kzt(MARCH_31, "481.54"),
                APRIL_1);

        assertEquals(Decision.REJECT, verdict.decision());
        assertFalse(verdict.alreadyStored());
    }

    @Test
    void aRateOlderThanTheLastStoredIsRejected() {
        Verdict verdict = validation.check(kzt(MARCH_31, "481.54"), kzt(APRIL_1, "478.77"), APRIL_1);

        assertEquals(Decision.REJECT, verdict.decision());
        assertFalse(verdict.alreadyStored());
        assertTrue(verdict.reason().contains("older than the rate already stored for 2026-04-01"), verdict.reason());
    }

    @Test
    void theSameDayWithTheSameValueIsAlreadyStoredNotAnError() {
        Verdict verdict = validation.check(kzt(APRIL_1, "478.77"), kzt(APRIL_1, "478.77"), APRIL_1);

        assertEquals(Decision.REJECT, verdict.decision());
        assertTrue(verdict.alreadyStored());
        assertEquals("KZT for 2026-04-01 is already stored with the same rate 478.77", verdict.reason());
    }

    @Test
    void theSameValueWrittenDifferentlyIsStillADuplicate() {
        assertTrue(validation.check(kzt(APRIL_1, "478.770"), kzt(APRIL_1, "478.77"), APRIL_1).alreadyStored());
        assertTrue(validation.check(kzt(APRIL_1, "4787.70", 10), kzt(APRIL_1, "478.77"), APRIL_1).alreadyStored());
    }

    @Test
    void aSameDayCorrectionIsAcceptedAsSuch() {
        Verdict verdict = validation.check(kzt(APRIL_1, "478.97"), kzt(APRIL_1, "478.77"), APRIL_1);

        assertEquals(Decision.ACCEPT, verdict.decision());
        assertTrue(verdict.reason().contains("corrects the rate stored for 2026-04-01"), verdict.reason());
    }

    @Test
    void aStoredRowCanBeTheLastStoredQuote() {
        OfficialQuote stored = OfficialQuote.fromStored(
                kzt(MARCH_31, "481.54").toExchangeRate(LocalDateTime.of(2026, 3, 30, 16, 5)));

        assertEquals(Decision.ACCEPT, validation.check(kzt(APRIL_1, "478.77"), stored, APRIL_1).decision());
    }

    @Test
    void comparingDifferentCurrenciesIsAProgrammingError() {
        OfficialQuote kgs = new OfficialQuote("KGS", MARCH_31, new BigDecimal("87.45"), 1, "NBKR", false, "test");
        assertThrows(IllegalArgumentException.class, () -> validation.check(kzt(APRIL_1, "478.77"), kgs, APRIL_1));
    }
}
