package org.newsroom.rates.feed;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether a rate is too old to show without a warning. Banks publish Monday to Friday and carry the
 * last rate over weekends, so age is counted in weekdays. Public holidays are not known here: after a
 * long holiday a rate may be flagged a day or two early, which errs on the side of telling staff.
 */
public final class BusinessDays {

    public static final int DEFAULT_MAX_AGE = 3;

    private BusinessDays() {
    }

    /** Monday-to-Friday days after {@code from} up to and including {@code to}; 0 if {@code to} is not later. */
    public static long between(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(from, to);
        long count = days / 7 * 5;
        // The remaining fewer-than-seven days are checked one by one.
        for (LocalDate day = from.plusDays(days / 7 * 7 + 1); !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }

    /** Stale after {@value #DEFAULT_MAX_AGE} business days. */
    public static boolean isStale(LocalDate effectiveDate, LocalDate today) {
        return isStale(effectiveDate, today, DEFAULT_MAX_AGE);
    }

    /** True when more than {@code maxAge} business days have passed since the rate took effect. */
    public static boolean isStale(LocalDate effectiveDate, LocalDate today, int maxAge) {
        if (maxAge < 0) {
            throw new IllegalArgumentException("A maximum age cannot be negative, got " + maxAge);
        }
        return between(effectiveDate, today) > maxAge;
    }
}
