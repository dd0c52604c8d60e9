package org.newsroom.web.audit.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AuditPeriodTest {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent"); // UTC+5, no summer time

    @Test
    void daysInTheNewsroomZoneBecomeUtcBoundsWithTheLastDayIncluded() {
        AuditPeriod period = AuditPeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), TASHKENT);
        assertEquals(LocalDateTime.of(2026, 2, 28, 19, 0), period.fromUtc());
        assertEquals(LocalDateTime.of(2026, 3, 2, 19, 0), period.toUtc(), "up to the start of 3 March there");
    }

    @Test
    void oneDayIsFromItsStartToTheNextDaysStart() {
        AuditPeriod day = AuditPeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), ZoneId.of("UTC"));
        assertEquals(LocalDateTime.of(2026, 3, 1, 0, 0), day.fromUtc());
        assertEquals(LocalDateTime.of(2026, 3, 2, 0, 0), day.toUtc());
    }

    @Test
    void eitherEndMayBeOpen() {
        assertNull(AuditPeriod.of(null, LocalDate.of(2026, 3, 1), TASHKENT).fromUtc());
        assertNull(AuditPeriod.of(LocalDate.of(2026, 3, 1), null, TASHKENT).toUtc());
        assertEquals(AuditPeriod.ALWAYS, AuditPeriod.of(null, null, TASHKENT));
    }

    @Test
    void aZoneWithSummerTimeUsesThatDaysOffset() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertEquals(LocalDateTime.of(2026, 1, 14, 23, 0), AuditPeriod.startUtc(LocalDate.of(2026, 1, 15), berlin));
        assertEquals(LocalDateTime.of(2026, 7, 14, 22, 0), AuditPeriod.startUtc(LocalDate.of(2026, 7, 15), berlin));
    }

    @Test
    void theLastDayCannotComeFirst() {
        assertThrows(IllegalArgumentException.class,
                () -> AuditPeriod.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), TASHKENT));
    }
}
