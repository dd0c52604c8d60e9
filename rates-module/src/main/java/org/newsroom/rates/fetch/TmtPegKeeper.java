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
import org.newsroom.rates.settings.RateSource;
import org.newsroom.rates.settings.RateSourceSettings;
import org.newsroom.rates.status.FetchOutcome;

/**
 * The manat: read from the Central Bank of Turkmenistan's daily file when it answers, with the configured
 * peg (NEWSROOM_RATES_TMT_PEG) as the cross-check and the fallback.
 *
 * <ul>
 * <li>The file answered and agrees with the configured peg (within {@link TmtPeg#DEFAULT_TOLERANCE_PERCENT}):
 * its dollar row is validated and stored like any bank's rate, with the file as provenance.</li>
 * <li>The file answered but disagrees: its figure is held for an editor (a new peg, or a bad file).</li>
 * <li>The file did not answer: the rate in force stays; with no TMT rate at all the configured peg is
 * stored, naming itself as the source.</li>
 * </ul>
 * Either way the TMT rows of the other banks' files (NBT, NBKR weekly, CBU) are checked against the figure
 * in force. Once a TMT rate exists the setting does not overwrite it: a new peg is entered by an editor as
 * a manual rate, which records who changed it and why. A setting that disagrees is reported instead.
 */
public final class TmtPegKeeper {

    static final String CURRENCY = "TMT";
    /** For the figure shown to staff only; what is stored is never recomputed. */
    private static final MathContext DIVISION = new MathContext(12, RoundingMode.HALF_EVEN);

    /** Validates and stores a quote as the run does for every bank, reporting what became of it. */
    @FunctionalInterface
    public interface Settler {
        SourceReport settle(OfficialQuote quote);
    }

    private final BigDecimal configuredTmtPerUsd;

    public TmtPegKeeper(BigDecimal configuredTmtPerUsd) {
        this.configuredTmtPerUsd = configuredTmtPerUsd;
    }

    /** Without the bank's file, as a run that does not read it (tests of the peg alone). */
    public SourceReport keep(RateBook book, Collection<FetchedRates> fetched, LocalDate today, LocalDateTime now) {
        return keep(book, fetched, null, null, today, now, quote -> {
            throw new IllegalStateException("no file to settle");
        });
    }

    /**
     * @param cbtFile the CBT file of this run, null when it was not read
     * @param cbtRead how reading it went (its failure), null when the run does not read CBT at all
     * @return the status of {@link RateSource#TMT_PEG_STATUS}, for the staff page
     */
    public SourceReport keep(RateBook book, Collection<FetchedRates> fetched, FetchedRates cbtFile,
                             SourceReport cbtRead, LocalDate today, LocalDateTime now, Settler settler) {
        String status = RateSource.TMT_PEG_STATUS;
        try {
            TmtPeg configured = new TmtPeg(configuredTmtPerUsd, TmtPeg.DEFAULT_SINCE, TmtPeg.DEFAULT_TOLERANCE_PERCENT);
            if (cbtFile != null) {
                return fromFile(book, fetched, cbtFile.usdQuote(), configured, now, settler);
            }
            SourceReport fallback = fallback(book, fetched, now);
            if (cbtRead == null) {
                return fallback;
            }
            return new SourceReport(status, cbtRead.outcome() == FetchOutcome.OK ? FetchOutcome.OK : cbtRead.outcome(),
                    cbtRead.message() + "; " + lowerFirst(fallback.message()));
        } catch (RuntimeException e) {
            return new SourceReport(status, FetchOutcome.FAILED,
                    "The manat rate could not be checked or saved: " + FetchRun.rootMessage(e));
        }
    }

    private SourceReport fromFile(RateBook book, Collection<FetchedRates> fetched, OfficialQuote file,
                                  TmtPeg configured, LocalDateTime now, Settler settler) {
        TmtPeg.PegCheck check = configured.crossCheck(file);
        SourceReport settled;
        if (check.agrees()) {
            settled = settler.settle(file);
        } else {
            String reason = "the CBT file gives " + file.quote().toPlainString() + " TMT per " + file.nominal()
                    + " USD, " + check.differencePercent().toPlainString() + "% from the configured peg ("
                    + RateSourceSettings.TMT_PEG + " " + configuredTmtPerUsd.toPlainString()
                    + "): held until an editor confirms it (a new peg) or rejects it";
            boolean newlyHeld = book.hold(file, reason, now);
            settled = new SourceReport(RateSource.TMT_PEG_STATUS, FetchOutcome.HELD, "Held: " + reason
                    + (newlyHeld ? "" : " (held before; see the held rates)"));
        }
        TmtPeg inFile = new TmtPeg(file.quote().divide(BigDecimal.valueOf(file.nominal()), DIVISION),
                file.effectiveDate(), TmtPeg.DEFAULT_TOLERANCE_PERCENT);
        List<String> checks = crossChecks(inFile, fetched);
        return new SourceReport(settled.source(), settled.outcome(), "CBT file read (" + file.provenance() + "), "
                + (check.agrees() ? "agrees with" : "differs from") + " the configured peg "
                + configuredTmtPerUsd.toPlainString() + ". " + settled.message()
                + (checks.isEmpty() ? "" : ". " + String.join(". ", checks)));
    }

    private SourceReport fallback(RateBook book, Collection<FetchedRates> fetched, LocalDateTime now) {
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
            BigDecimal perUsd = current.nominal() == 1 ? current.quote()
                    : current.quote().divide(BigDecimal.valueOf(current.nominal()), DIVISION);
            peg = new TmtPeg(perUsd, current.effectiveDate(), TmtPeg.DEFAULT_TOLERANCE_PERCENT);
            message = "In force: " + perUsd.toPlainString() + " TMT per USD since " + current.effectiveDate()
                    + " (" + current.provenance() + ")";
            if (perUsd.compareTo(configuredTmtPerUsd) != 0) {
                message += "; " + RateSourceSettings.TMT_PEG + " says " + configuredTmtPerUsd.toPlainString()
                        + ", which is not applied over a stored rate: an editor enters a new peg as a manual rate";
            }
        }
        List<String> checks = crossChecks(peg, fetched);
        return new SourceReport(RateSource.TMT_PEG_STATUS, FetchOutcome.OK,
                message + (checks.isEmpty() ? "" : ". " + String.join(". ", checks)));
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

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
