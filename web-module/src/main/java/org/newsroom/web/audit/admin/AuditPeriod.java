package org.newsroom.web.audit.admin;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The days an admin picks, in the newsroom's time zone, as the UTC bounds the audit log is searched
 * with: from the start of the first day up to (not including) the start of the day after the last.
 * Either end may be open (null).
 */
public record AuditPeriod(LocalDateTime fromUtc, LocalDateTime toUtc) implements Serializable {

    public static final AuditPeriod ALWAYS = new AuditPeriod(null, null);

    /** @throws IllegalArgumentException when the last day comes before the first */
    public static AuditPeriod of(LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
        if (firstDay != null && lastDay != null && lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("The last day comes before the first.");
        }
        return new AuditPeriod(firstDay == null ? null : startUtc(firstDay, zone),
                lastDay == null ? null : startUtc(lastDay.plusDays(1), zone));
    }

    /** Midnight in the zone (or the first moment of the day where a change of clocks skips midnight), in UTC. */
    static LocalDateTime startUtc(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
