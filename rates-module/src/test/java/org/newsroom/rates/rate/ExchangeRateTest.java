package org.newsroom.rates.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ExchangeRateTest {

    private static ExchangeRate rate(String quote, int nominal) {
        return new ExchangeRate("KZT", LocalDate.of(2026, 4, 1), new BigDecimal(quote), nominal, "NBK", false,
                LocalDateTime.of(2026, 4, 1, 12, 0), null);
    }

    @Test
    void nominalIsHonouredWhenConvertingToDollars() {
        // NBK quotes UZS per 100 units: 100 UZS = 3.93 KZT style quotes must divide by the nominal.
        assertEquals(0, rate("47877", 100).usdPerUnit().compareTo(rate("478.77", 1).usdPerUnit()));
    }

    @Test
    void zeroOrNegativeQuotesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> rate("0", 1));
        assertThrows(IllegalArgumentException.class, () -> rate("-478.77", 1));
    }

    @Test
    void zeroNominalIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> rate("478.77", 0));
    }

    @Test
    void aRateFromABankNamesNoEditor() {
        ExchangeRate fetched = rate("478.77", 1);
        assertNull(fetched.getConfirmedBy());
        assertNull(fetched.getOverrideReason());
        assertFalse(fetched.isSetByStaff());
    }

    @Test
    void aRateEnteredByHandSaysWhoAndWhy() {
        ExchangeRate entered = ExchangeRate.enteredByStaff("TMT", LocalDate.of(2026, 4, 1), new BigDecimal("3.60"), 1,
                "CBT", LocalDateTime.of(2026, 4, 1, 9, 0), "aigerim", "new peg announced by the central bank");

        assertEquals("aigerim", entered.getConfirmedBy());
        assertEquals("new peg announced by the central bank", entered.getOverrideReason());
        assertEquals("entered by aigerim: new peg announced by the central bank", entered.getNote());
        assertFalse(entered.isDerived());
        assertTrue(entered.isSetByStaff());
    }

    @Test
    void aRateSetByStaffNeedsANameAndAReason() {
        LocalDateTime now = LocalDateTime.of(2026, 4, 1, 9, 0);
        assertThrows(IllegalArgumentException.class, () -> ExchangeRate.enteredByStaff("KZT", LocalDate.of(2026, 4, 1),
                BigDecimal.TEN, 1, "NBK", now, "aigerim", " "));
        assertThrows(IllegalArgumentException.class, () -> rate("478.77", 1).confirmedBy(null, "fine"));
    }

    @Test
    void confirmingMakesANewRowAndLeavesTheOriginalAlone() {
        ExchangeRate original = rate("478.77", 1);
        ExchangeRate confirmed = original.confirmedBy("timur", "devaluation");

        assertNull(original.getConfirmedBy());
        assertEquals("timur", confirmed.getConfirmedBy());
        assertEquals(original.getQuote(), confirmed.getQuote());
        assertEquals(original.getEffectiveDate(), confirmed.getEffectiveDate());
    }

    @Test
    void theBanksDigitsSurviveTheSixDecimalColumn() {
        // What DECIMAL(20, 6) gives back for NBKR's "87,4120" and the peg's "3.50".
        assertEquals("87.4120", ExchangeRate.published(new BigDecimal("87.412000"), 4).toPlainString());
        assertEquals("3.50", ExchangeRate.published(new BigDecimal("3.500000"), 2).toPlainString());
        assertEquals("87.412000", ExchangeRate.published(new BigDecimal("87.412000"), null).toPlainString(),
                "a row stored before the digits were kept stays as it was");
        assertEquals("87.412345", ExchangeRate.published(new BigDecimal("87.412345"), 2).toPlainString(),
                "never rounds a figure");
    }

    @Test
    void aNewRowRemembersHowManyDecimalsTheBankWrote() {
        ExchangeRate rate = new ExchangeRate("KGS", java.time.LocalDate.of(2026, 5, 24), new BigDecimal("87.4120"), 1,
                "NBKR", false, java.time.LocalDateTime.of(2026, 5, 24, 9, 0), null);
        assertEquals("87.4120", rate.confirmedBy("editor", "checked").getQuote().toPlainString());
    }
}
