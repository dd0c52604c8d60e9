package org.newsroom.rates.held;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.newsroom.rates.feed.OfficialQuote;
import org.newsroom.rates.rate.ExchangeRate;
import org.newsroom.rates.status.FetchOutcome;
import org.newsroom.rates.status.RateSourceStatus;

class HeldRateTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);
    private static final LocalDateTime FETCHED = LocalDateTime.of(2026, 4, 1, 5, 0);
    private static final LocalDateTime DECIDED = LocalDateTime.of(2026, 4, 1, 6, 15);

    private static OfficialQuote quote(String value) {
        return new OfficialQuote("KZT", APRIL_1, new BigDecimal(value), 1, "NBK", false,
                "NBK file of 01.04.2026: " + value + " KZT per 1 USD");
    }

    private final HeldRate held = new HeldRate(quote("478.77"), "KZT changes in dollar value by -16.45%", FETCHED);

    @Test
    void aNewHoldWaitsForAnEditor() {
        assertEquals(HeldRateStatus.PENDING, held.getStatus());
        assertEquals(quote("478.77"), held.toQuote());
        assertNull(held.getDecidedBy());
    }

    @Test
    void confirmingGivesANewRateNamingTheEditor() {
        ExchangeRate rate = held.confirm("aigerim", "the tenge was devalued", DECIDED);

        assertEquals(HeldRateStatus.CONFIRMED, held.getStatus());
        assertEquals("aigerim", held.getDecidedBy());
        assertEquals(DECIDED, held.getDecidedAt());
        assertEquals("the tenge was devalued", held.getDecisionNote());
        assertEquals("KZT", rate.getCurrency());
        assertEquals(new BigDecimal("478.77"), rate.getQuote());
        assertEquals("NBK", rate.getSource());
        assertEquals("aigerim", rate.getConfirmedBy());
        assertEquals("the tenge was devalued", rate.getOverrideReason());
        assertEquals("NBK file of 01.04.2026: 478.77 KZT per 1 USD", rate.getNote(), "provenance kept");
        assertTrue(rate.isSetByStaff());
    }

    @Test
    void withoutANoteTheConfirmationGivesTheReasonItWasHeld() {
        ExchangeRate rate = held.confirm("aigerim", "  ", DECIDED);
        assertEquals("confirmed after being held: KZT changes in dollar value by -16.45%", rate.getOverrideReason());
        assertNull(held.getDecisionNote());
    }

    @Test
    void aDecisionIsMadeOnce() {
        held.reject("aigerim", "the bank's typo", DECIDED);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> held.confirm("timur", null, DECIDED.plusMinutes(1)));
        assertEquals("The held KZT rate of 2026-04-01 was already rejected by aigerim at 2026-04-01T06:15",
                e.getMessage());
        assertEquals(HeldRateStatus.REJECTED, held.getStatus());
    }

    @Test
    void aDecisionNeedsAName() {
        assertThrows(IllegalArgumentException.class, () -> held.reject(" ", "no", DECIDED));
        assertEquals(HeldRateStatus.PENDING, held.getStatus());
    }

    @Test
    void theSameFigureIsRecognisedWhateverItsWriting() {
        assertTrue(held.sameFigureAs(quote("478.770")));
        assertFalse(held.sameFigureAs(quote("478.78")));
    }

    @Test
    void sourceStatusCountsFailuresAndKeepsTheLastError() {
        RateSourceStatus status = new RateSourceStatus("NBK");
        status.record(FetchOutcome.FAILED, "NBK did not answer within 10 s", FETCHED);
        status.record(FetchOutcome.FAILED, "NBK answered HTTP 502", FETCHED.plusMinutes(30));
        assertEquals(2, status.getConsecutiveFailures());
        assertNull(status.getLastSuccessAt());

        status.record(FetchOutcome.HELD, "Held: …", FETCHED.plusMinutes(60));

        assertEquals(0, status.getConsecutiveFailures());
        assertEquals(FETCHED.plusMinutes(60), status.getLastSuccessAt());
        assertEquals("NBK answered HTTP 502", status.getLastError());
        assertEquals(FETCHED.plusMinutes(30), status.getLastErrorAt());
        assertEquals(FetchOutcome.HELD, status.getLastOutcome());
    }

    @Test
    void aVeryLongMessageIsCutToItsColumn() {
        RateSourceStatus status = new RateSourceStatus("NBK");
        status.record(FetchOutcome.OK, "x".repeat(5000), FETCHED);
        assertEquals(RateSourceStatus.MESSAGE_LENGTH, status.getLastMessage().length());
        assertTrue(status.getLastMessage().endsWith("…"));
    }
}
