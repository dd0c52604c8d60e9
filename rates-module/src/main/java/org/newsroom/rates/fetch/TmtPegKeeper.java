package org.newsroom.rates.fetch;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.newsroom.rates.feed.FeedException;
import org.newsroom.rates.feed.OfficialQuote;
import org.newsroom.rates.feed.RateTable;
import org.newsroom.rates.feed.TmtPeg;

/**
 * The manat has no feed: its rate is the configured peg (NEWSROOM_RATES_TMT_PEG), stored when there is no
 * TMT rate yet, and checked each run against the TMT rows of the banks' files (NBT, NBKR weekly, CBU).
 *
 * <p>Once a TMT rate exists the setting does not overwrite it: a new peg is entered by an editor as a
 * manual rate, which records who changed it and why, and a stored staff entry is never undone by a
 * forgotten environment variable. A setting that disagrees with the rate in force is reported instead.
 */
public final class TmtPegKeeper {

    static final String CURRENCY = "TMT";
    /** For the figure shown to staff only; what is stored is never recomputed. */
    private static final MathContext DIVISION = new MathContext(12, RoundingMode.HALF_EVEN);

    private final BigDecimal configuredTmtPerUsd;

    public TmtPegKeeper(BigDecimal configuredTmtPerUsd) {
        this.configuredTmtPerUsd = configuredTmtPerUsd;
    }

    /** @return the status of {@link RateSource#TMT_PEG_STATUS}, for the staff page */
    public SourceReport keep(RateBook book, Collection<FetchedRates> fetched, LocalDate today, LocalDateTime now) {
        String status = RateSource.TMT_PEG_STATUS;
        try {
            Optional<OfficialQuote> inForce = book.lastStored(CURRENCY);
            TmtPeg peg;
            String message;
            if (inForce.isEmpty()) {
                peg = new TmtPeg(configuredTmtPerUsd, TmtPeg.DEFAULT_SINCE, TmtPeg.DEFAULT_TOLERANCE_PERCENT);
                book.store(peg.quote(), now);
                message = "Stored the configured peg, " + configuredTmtPerUsd.toPlainString() + " TMT per USD since "
                        + TmtPeg.DEFAULT_SINCE;
            } else {
                OfficialQuote current = inForce.get();
                BigDecimal perUsd = current.quote().divide(BigDecimal.valueOf(current.nominal()), DIVISION);
                peg = new TmtPeg(perUsd, current.effectiveDate(), TmtPeg.DEFAULT_TOLERANCE_PERCENT);
                message = "In force: " + perUsd.toPlainString() + " TMT per USD since " + current.effectiveDate();
                if (perUsd.compareTo(configuredTmtPerUsd) != 0) {
                    message += "; " + RateSourceSettings.TMT_PEG + " says " + configuredTmtPerUsd.toPlainString()
                            + ", which is not applied over a stored rate: an editor enters a new peg as a manual rate";
                }
            }
            List<String> checks = crossChecks(peg, fetched);
            return new SourceReport(status, FetchOutcome.OK,
                    message + (checks.isEmpty() ? "" : ". " + String.join(". ", checks)));
        } catch (RuntimeException e) {
            return new SourceReport(status, FetchOutcome.FAILED,
                    "The manat peg could not be checked or saved: " + FetchRun.rootMessage(e));
        }
    }

    private static List<String> crossChecks(TmtPeg peg, Collection<FetchedRates> fetched) {
        List<String> reports = new ArrayList<>();
        for (FetchedRates rates : fetched) {
            Optional<RateTable> withTmt = rates.tableWith(CURRENCY);
            if (withTmt.isEmpty()) {
                continue;
            }
            try {
                RateTable usdTable = rates.usdTable();
                TmtPeg.PegCheck check = withTmt.get() == usdTable ? peg.crossCheck(usdTable)
                        : peg.crossCheck(usdTable, withTmt.get());
                reports.add(check.report());
            } catch (FeedException | IllegalArgumentException e) {
                reports.add("No check against " + rates.source() + ": " + e.getMessage());
            }
        }
        return reports;
    }
}
