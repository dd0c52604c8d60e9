package org.newsroom.rates.feed;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Whether a freshly parsed quote may go on the ticker. Banks do publish mistakes (CBU once showed
 * TMT at 3.02 instead of 3.50 for a day), so a large day-to-day move is held for an editor rather
 * than shown, and a quote that would move the ticker backwards in time is refused. A quote for a later
 * day (banks publish a day ahead) is accepted: it is stored at once and goes on the ticker on its date.
 */
public class RateValidation {

    /**
     * 10 %: ordinary days move these currencies by a fraction of a percent; a bigger move is either a
     * devaluation or a bank's mistake, and both deserve an editor's eye before they reach the ticker.
     */
    public static final BigDecimal DEFAULT_MAX_MOVE_PERCENT = BigDecimal.TEN;

    /**
     * A week: NBKR publishes tomorrow's rate in the afternoon, NBK and CBU set theirs a day ahead, and
     * before a long holiday a bank may set the rate for the day after it. Further ahead is a wrong date.
     */
    public static final int MAX_DAYS_AHEAD = 7;

    private static final MathContext WORKING = new MathContext(12, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal maxMovePercent;

    public RateValidation() {
        this(DEFAULT_MAX_MOVE_PERCENT);
    }

    /** @param maxMovePercent the largest accepted day-to-day move of the USD value, in %, e.g. 10 */
    public RateValidation(BigDecimal maxMovePercent) {
        if (maxMovePercent == null || maxMovePercent.signum() <= 0) {
            throw new IllegalArgumentException("The largest accepted move must be above zero, got " + maxMovePercent);
        }
        this.maxMovePercent = maxMovePercent;
    }

    /**
     * @param candidate  the quote just parsed
     * @param lastStored the newest stored quote of the same currency, or null if there is none yet
     * @param today      today in the bank's time zone
     */
    public Verdict check(OfficialQuote candidate, OfficialQuote lastStored, LocalDate today) {
        return check(candidate, lastStored, null, today);
    }

    /**
     * As {@link #check(OfficialQuote, OfficialQuote, LocalDate)}, for banks that publish a day ahead: the newest
     * stored row may be tomorrow's while today's file is read again, or corrected.
     *
     * @param inForceOnItsDate the rate in force on the candidate's own effective date (that day's, or the
     *                         latest before it), or null; a candidate for today or later that is older than
     *                         the newest stored row is judged against it rather than refused
     */
    public Verdict check(OfficialQuote candidate, OfficialQuote lastStored, OfficialQuote inForceOnItsDate,
                         LocalDate today) {
        String what = candidate.currency() + " (" + candidate.provenance() + ")";
        LocalDate date = candidate.effectiveDate();
        if (lastStored != null && !lastStored.currency().equals(candidate.currency())) {
            throw new IllegalArgumentException("Compared " + candidate.currency() + " with a stored "
                    + lastStored.currency() + " rate");
        }
        if (date.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            return Verdict.reject(what + " takes effect on " + date + ", more than " + MAX_DAYS_AHEAD
                    + " days after today (" + today + "): no bank sets its rate that far ahead");
        }
        String from = date.isAfter(today) ? "; it goes on the ticker on " + date : "";
        if (lastStored == null) {
            return Verdict.accept(what + " is the first rate of its currency" + from);
        }
        if (date.isBefore(lastStored.effectiveDate())) {
            boolean sameAsStored = inForceOnItsDate != null && inForceOnItsDate.effectiveDate().equals(date)
                    && usdMovePercent(inForceOnItsDate, candidate).signum() == 0;
            if (sameAsStored) {
                return Verdict.alreadyStored(candidate.currency() + " for " + date
                        + " is already stored with the same rate " + candidate.quote().toPlainString()
                        + " (and the rate for " + lastStored.effectiveDate() + " after it)");
            }
            if (date.isBefore(today) || inForceOnItsDate == null) {
                return Verdict.reject(what + " is for " + date + ", older than the rate already stored for "
                        + lastStored.effectiveDate());
            }
            // Today's rate corrected while tomorrow's is stored already: judged against the rate it corrects.
            lastStored = inForceOnItsDate;
        }
        LocalDate storedDate = lastStored.effectiveDate();
        BigDecimal move = usdMovePercent(lastStored, candidate);
        boolean sameDay = date.equals(storedDate);
        if (sameDay && move.signum() == 0) {
            return Verdict.alreadyStored(candidate.currency() + " for " + date + " is already stored with the same rate "
                    + candidate.quote().toPlainString());
        }
        String percent = move.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
        String change = (sameDay
                ? "corrects the rate stored for " + storedDate + ", changing its dollar value by " + percent
                : "changes in dollar value by " + percent + " since " + storedDate)
                + " (" + lastStored.quote().toPlainString() + " → " + candidate.quote().toPlainString() + ")";
        if (move.abs().compareTo(maxMovePercent) > 0) {
            return Verdict.hold(what + " " + change + ", more than the " + maxMovePercent.toPlainString()
                    + "% allowed: held until an editor confirms it");
        }
        return Verdict.accept(what + " " + change + from);
    }

    /**
     * Change in what one unit of the currency is worth in dollars, in %. With v = nominal / quote that is
     * v_new / v_old − 1 = (nominal_new × quote_old) / (quote_new × nominal_old) − 1, one rounding only.
     */
    static BigDecimal usdMovePercent(OfficialQuote before, OfficialQuote after) {
        BigDecimal numerator = BigDecimal.valueOf(after.nominal()).multiply(before.quote());
        BigDecimal denominator = after.quote().multiply(BigDecimal.valueOf(before.nominal()));
        return numerator.subtract(denominator).multiply(HUNDRED).divide(denominator, WORKING);
    }

    public enum Decision {
        /** Store it and show it. */
        ACCEPT,
        /** Store it aside; an editor must confirm it before the ticker shows it. */
        HOLD,
        /** Do not store it; see the reason (for a duplicate, {@link Verdict#alreadyStored()} is true). */
        REJECT
    }

    /**
     * @param decision      what to do
     * @param reason        one sentence for the staff status page
     * @param alreadyStored true for a REJECT that only means "we have this already": no alarm needed
     */
    public record Verdict(Decision decision, String reason, boolean alreadyStored) {

        static Verdict accept(String reason) {
            return new Verdict(Decision.ACCEPT, reason, false);
        }

        static Verdict hold(String reason) {
            return new Verdict(Decision.HOLD, reason, false);
        }

        static Verdict reject(String reason) {
            return new Verdict(Decision.REJECT, reason, false);
        }

        static Verdict alreadyStored(String reason) {
            return new Verdict(Decision.REJECT, reason, true);
        }
    }
}
