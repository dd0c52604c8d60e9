package org.newsroom.rates.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessDaysTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 5, 22);

    @Test
    void fridaysRateOnMondayIsOneBusinessDayOld() {
        assertEquals(1, BusinessDays.between(FRIDAY, FRIDAY.plusDays(3)));
        assertFalse(BusinessDays.isStale(FRIDAY, FRIDAY.plusDays(3)));
    }

    @Test
    void fridaysRateIsFreshOnWednesdayAndStaleOnThursday() {
        assertFalse(BusinessDays.isStale(FRIDAY, LocalDate.of(2026, 5, 27)));
        assertTrue(BusinessDays.isStale(FRIDAY, LocalDate.of(2026, 5, 28)));
    }

    @Test
    void aWeekendAddsNoAge() {
        LocalDate saturday = FRIDAY.plusDays(1);
        assertEquals(0, BusinessDays.between(saturday, saturday.plusDays(1)));
        assertFalse(BusinessDays.isStale(FRIDAY, saturday.plusDays(1), 0));
    }

    @Test
    void todaysAndTomorrowsRatesAreNeverStale() {
        assertEquals(0, BusinessDays.between(FRIDAY, FRIDAY));
        assertFalse(BusinessDays.isStale(FRIDAY.plusDays(1), FRIDAY, 0));
    }

    @Test
    void theMaximumAgeIsConfigurable() {
        assertTrue(BusinessDays.isStale(FRIDAY, FRIDAY.plusDays(3), 0));
        assertFalse(BusinessDays.isStale(FRIDAY, LocalDate.of(2026, 5, 28), 4));
        assertThrows(IllegalArgumentException.class, () -> BusinessDays.isStale(FRIDAY, FRIDAY, -1));
    }

    @Test
    void longSpansMatchCountingDayByDay() {
        LocalDate from = LocalDate.of(2015, 1, 1);
        for (LocalDate to : new LocalDate[] {LocalDate.of(2015, 1, 9), LocalDate.of(2020, 2, 29),
                LocalDate.of(2026, 5, 24), LocalDate.of(2026, 5, 25)}) {
            long expected = 0;
            for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
                if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    expected++;
                }
            }
            assertEquals(expected, BusinessDays.between(from, to), to.toString());
        }
    }
}
