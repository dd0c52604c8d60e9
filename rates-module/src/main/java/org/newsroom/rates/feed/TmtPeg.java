package org.newsroom.rates.feed;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The manat's official rate, pegged at 3.50 TMT per USD since 2015-01-01. The Central Bank of Turkmenistan
 * publishes a daily file (read when it answers, see CbtRatesParser), but its host is often unreachable
 * from abroad, so the peg is also configured: the fallback, and the cross-check of the file and of the
 * TMT rows of other banks' files.
 *
 * @param tmtPerUsd        the peg, manat per one US dollar
 * @param since            the day the peg took effect; the quote's effective date
 * @param tolerancePercent how far (in %) another bank's implied rate may stray before it is reported
 */
public record TmtPeg(BigDecimal tmtPerUsd, LocalDate since, BigDecimal tolerancePercent) {

    public static final String SOURCE = "CBT";
    public static final BigDecimal DEFAULT_TMT_PER_USD = new BigDecimal("3.50");
    public static final LocalDate DEFAULT_SINCE = LocalDate.of(2015, 1, 1);
    /**
     * 1 %: the TMT rows are published to four decimals, so rounding alone accounts for well under
     * 0.01 %, but NBKR's weekly TMT row is set days before the daily USD row it is divided by.
     */
    public static final BigDecimal DEFAULT_TOLERANCE_PERCENT = BigDecimal.ONE;

    /** How the configured peg's provenance begins, so a stored peg row can be told from a file's. */
    public static final String PROVENANCE_START = "configured peg of the Central Bank of Turkmenistan: ";

    private static final MathContext WORKING = new MathContext(12, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TmtPeg {
        if (tmtPerUsd == null || tmtPerUsd.signum() <= 0) {
            throw new IllegalArgumentException("The manat peg must be above zero, got " + tmtPerUsd);
        }
        Objects.requireNonNull(since, "since");
        if (tolerancePercent == null || tolerancePercent.signum() < 0) {
            throw new IllegalArgumentException("The tolerance must not be negative, got " + tolerancePercent);
        }
    }

    /** The peg as it stands today: 3.50 TMT per USD since 2015-01-01, 1 % tolerance. */
    public static TmtPeg official() {
        return new TmtPeg(DEFAULT_TMT_PER_USD, DEFAULT_SINCE, DEFAULT_TOLERANCE_PERCENT);
    }

    /** The peg as a quote to store; effective from the day it was set, so it never needs re-fetching. */
    public OfficialQuote quote() {
        return new OfficialQuote("TMT", since, tmtPerUsd, 1, SOURCE, false,
                PROVENANCE_START + tmtPerUsd.toPlainString() + " TMT per 1 USD since " + since
                        + " (configured in NEWSROOM_RATES_TMT_PEG; in force while the bank's daily file does not answer)");
    }

    /** Against a file that carries both USD and TMT rows, e.g. NBT's. */
    public PegCheck crossCheck(RateTable table) throws FeedException {
        return compare(CrossRates.derive("TMT", table));
    }

    /** Against NBKR: USD from the daily file, TMT from the weekly one. */
    public PegCheck crossCheck(RateTable usdTable, RateTable tmtTable) throws FeedException {
        return compare(CrossRates.derive("TMT", usdTable, tmtTable));
    }

    /** Against the CBT file's own dollar row (or any quote of TMT per USD). */
    public PegCheck crossCheck(OfficialQuote implied) {
        return compare(implied);
    }

    private PegCheck compare(OfficialQuote implied) {
        BigDecimal differencePercent = implied.quote().subtract(tmtPerUsd).multiply(HUNDRED)
                .divide(tmtPerUsd, WORKING);
        boolean agrees = differencePercent.abs().compareTo(tolerancePercent) <= 0;
        BigDecimal shown = differencePercent.setScale(2, RoundingMode.HALF_UP);
        String report = implied.source() + " implies "
                + implied.quote().round(new MathContext(6, RoundingMode.HALF_EVEN)).toPlainString()
                + " TMT per USD, " + shown.toPlainString() + "% from the " + tmtPerUsd.toPlainString() + " peg, "
                + (agrees ? "within" : "beyond") + " the " + tolerancePercent.toPlainString() + "% tolerance"
                + (agrees ? "" : ": check whether the peg has changed") + " (" + implied.provenance() + ")";
        return new PegCheck(tmtPerUsd, implied.quote(), shown, agrees, report);
    }

    /**
     * @param peg               the configured TMT per USD
     * @param implied           TMT per USD implied by the other bank's rows
     * @param differencePercent (implied − peg) / peg in %, rounded to two decimals
     * @param agrees            false when the difference is beyond the tolerance
     * @param report            one sentence for the staff status page
     */
    public record PegCheck(BigDecimal peg, BigDecimal implied, BigDecimal differencePercent, boolean agrees,
                           String report) {
    }
}
