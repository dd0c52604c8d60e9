package org.newsroom.rates.fetch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.rates.feed.OfficialQuote;
import org.newsroom.rates.feed.RateValidation.Verdict;
import org.newsroom.rates.feed.RateValidation;
import org.newsroom.rates.rate.ExchangeRate;
import org.newsroom.rates.settings.RateSource;
import org.newsroom.rates.status.FetchOutcome;

/**
 * One fetch of every bank, without the container: each bank is read on its own (whatever one does,
 * the others are still read), each quote is validated against the rate in force and stored, held or
 * dropped, a failed bank's currency is stood in for by a cross rate from another bank's file of the
 * same run, the manat peg is checked, the currencies added to the ticker (RUB, EUR, CNY; see
 * {@link TickerCrossRates}) are worked out from the files read, and every source's status is recorded.
 * Logs one line per source; stack traces only at FINE, so an unreachable network does not flood the log.
 */
public final class FetchRun {

    private static final Logger LOG = Logger.getLogger(FetchRun.class.getName());

    private final List<SourceFetch> sources;
    private final RateBook book;
    private final RateValidation validation;
    private final TmtPegKeeper peg;
    private final Clock clock;
    private final List<String> addedCurrencies;
    private final Executor reads;

    /** A run for the region's currencies only, as with the default ticker list. */
    public FetchRun(List<SourceFetch> sources, RateBook book, RateValidation validation, TmtPegKeeper peg,
                    Clock clock) {
        this(sources, book, validation, peg, clock, List.of());
    }

    /**
     * @param addedCurrencies RUB, EUR or CNY as listed for the ticker ({@link TickerCrossRates#addedTo}), each
     *                        derived and stored per run and reported under its own code; others are ignored
     */
    public FetchRun(List<SourceFetch> sources, RateBook book, RateValidation validation, TmtPegKeeper peg,
                    Clock clock, List<String> addedCurrencies) {
        this(sources, book, validation, peg, clock, addedCurrencies, BankReads::ownThread);
    }

    /**
     * @param reads where the banks are read, all at once (a container thread per bank in production);
     *              a run waits for each bank at most its {@link SourceFetch#budget()}
     */
    public FetchRun(List<SourceFetch> sources, RateBook book, RateValidation validation, TmtPegKeeper peg,
                    Clock clock, List<String> addedCurrencies, Executor reads) {
        this.sources = List.copyOf(sources);
        this.book = book;
        this.validation = validation;
        this.peg = peg;
        this.clock = clock;
        this.addedCurrencies = TickerCrossRates.addedTo(addedCurrencies);
        this.reads = reads;
    }

    /** @param today the day in the banks' time zone; by-date banks are asked for it */
    public FetchReport run(LocalDate today) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<RateSource, FetchedRates> fetched = new EnumMap<>(RateSource.class);
        Map<RateSource, SourceReport> reports = new EnumMap<>(RateSource.class);
        BankReads.readAll(sources, today, reads).forEach((source, read) -> {
            reports.put(source, read.report());
            if (read.rates() != null) {
                fetched.put(source, read.rates());
            }
        });
        for (FetchedRates rates : fetched.values()) {
            if (rates.source() != RateSource.CBT) {
                reports.put(rates.source(), settle(rates, today, now));
            }
        }
        for (Map.Entry<RateSource, SourceReport> entry : reports.entrySet()) {
            if (entry.getKey() != RateSource.CBT && !fetched.containsKey(entry.getKey())
                    && entry.getValue().outcome() == FetchOutcome.FAILED) {
                entry.setValue(standIn(entry.getKey(), entry.getValue(), fetched, today, now));
            }
        }
        SourceReport cbtRead = reports.remove(RateSource.CBT);
        List<SourceReport> all = new ArrayList<>(reports.values());
        all.add(peg.keep(book, fetched.values(), fetched.get(RateSource.CBT), cbtRead, today, now,
                quote -> {
                    Settled settled = settle(quote, today, now);
                    return new SourceReport(RateSource.TMT_PEG_STATUS, settled.outcome(), settled.message());
                }));
        for (String currency : addedCurrencies) {
            all.add(added(currency, fetched.values(), today, now));
        }
        all.forEach(report -> finish(report, now));
        return new FetchReport(today, all);
    }

    /** What became of one quote. */
    private record Settled(FetchOutcome outcome, String message) {
    }

    private SourceReport settle(FetchedRates rates, LocalDate today, LocalDateTime now) {
        String name = rates.source().name();
        SourceReport report;
        try {
            Settled settled = settle(rates.usdQuote(), today, now);
            report = new SourceReport(name, settled.outcome(), settled.message());
            if (rates.aheadQuote() != null) {
                Settled ahead = settle(rates.aheadQuote(), today, now);
                report = append(report, "next day's rate: " + ahead.message()
                        + (ahead.outcome() == FetchOutcome.OK ? "" : " [" + ahead.outcome() + "]"));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Storing the " + name + " rate failed", e);
            report = new SourceReport(name, FetchOutcome.FAILED, "The " + rates.usdQuote().currency()
                    + " rate from " + name + " could not be saved: " + rootMessage(e));
        }
        return rates.remark() == null ? report : append(report, rates.remark());
    }

    /** Validates a quote against the newest stored rate, then stores it, holds it, or leaves it. */
    private Settled settle(OfficialQuote fetchedQuote, LocalDate today, LocalDateTime now) {
        OfficialQuote quote = storable(fetchedQuote);
        OfficialQuote inForce = book.lastStored(quote.currency()).orElse(null);
        OfficialQuote sameDay = inForce == null || !quote.effectiveDate().isBefore(inForce.effectiveDate()) ? null
                : book.inForceOn(quote.currency(), quote.effectiveDate()).orElse(null);
        Verdict verdict = validation.check(quote, inForce, sameDay, today);
        switch (verdict.decision()) {
            case ACCEPT:
                book.store(quote, now);
                return new Settled(FetchOutcome.OK, "Stored: " + verdict.reason());
            case HOLD:
                boolean newlyHeld = book.hold(quote, verdict.reason(), now);
                return new Settled(FetchOutcome.HELD, "Held: " + verdict.reason()
                        + (newlyHeld ? "" : " (held before; see the held rates)"));
            default:
                return verdict.alreadyStored()
                        ? new Settled(FetchOutcome.OK, "Up to date: " + verdict.reason())
                        : new Settled(FetchOutcome.NO_RATE, "Nothing new stored: " + verdict.reason());
        }
    }

    /** A failed bank's currency from another bank's file; the bank's own status stays FAILED. */
    private SourceReport standIn(RateSource failed, SourceReport failure, Map<RateSource, FetchedRates> fetched,
                                 LocalDate today, LocalDateTime now) {
        String currency = failed.currency();
        Optional<OfficialQuote> derived = CrossRateFallback.derive(currency, fetched.values());
        if (derived.isEmpty()) {
            return append(failure, "no other bank's file gives a cross rate for " + currency
                    + ", so the last stored rate stays in force");
        }
        try {
            OfficialQuote quote = storable(derived.get());
            OfficialQuote inForce = book.lastStored(currency).orElse(null);
            if (!CrossRateFallback.worthStoring(quote, inForce)) {
                return append(failure, "the stored " + currency + " rate of " + inForce.effectiveDate()
                        + " stays in force, a cross rate would not be newer (" + quote.provenance() + ")");
            }
            Settled settled = settle(quote, today, now);
            return append(failure, "cross rate instead. " + settled.message()
                    + (settled.outcome() == FetchOutcome.OK ? "" : " [" + settled.outcome() + "]"));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Storing the cross rate for " + currency + " failed", e);
            return append(failure, "the cross rate for " + currency + " could not be saved: " + rootMessage(e));
        }
    }

    /** A currency added to the ticker, from the preferred file of this run; reported under its own code. */
    private SourceReport added(String currency, Collection<FetchedRates> fetched, LocalDate today,
                               LocalDateTime now) {
        Optional<OfficialQuote> derived = TickerCrossRates.derive(currency, fetched);
        if (derived.isEmpty()) {
            return new SourceReport(currency, FetchOutcome.FAILED, TickerCrossRates.nothingToDeriveFrom(currency));
        }
        try {
            OfficialQuote quote = storable(derived.get());
            OfficialQuote inForce = book.lastStored(currency).orElse(null);
            if (!TickerCrossRates.mayReplace(quote, inForce)) {
                return new SourceReport(currency, FetchOutcome.OK, "The " + currency + " rate of "
                        + inForce.effectiveDate() + " from " + inForce.source() + " stays in force; a cross rate"
                        + " of the same day from a less preferred file does not replace it ("
                        + quote.provenance() + ")");
            }
            Settled settled = settle(quote, today, now);
            return new SourceReport(currency, settled.outcome(), "Cross rate. " + settled.message());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Storing the cross rate for " + currency + " failed", e);
            return new SourceReport(currency, FetchOutcome.FAILED, "The " + currency
                    + " cross rate could not be saved: " + rootMessage(e));
        }
    }

    private void finish(SourceReport report, LocalDateTime now) {
        Level level = report.outcome() == FetchOutcome.OK || report.outcome() == FetchOutcome.NO_RATE
                ? Level.INFO : Level.WARNING;
        LOG.log(level, () -> "Exchange rates, " + report.source() + ": " + report.outcome() + ". " + report.message());
        try {
            book.recordStatus(report.source(), report.outcome(), report.message(), now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the status of " + report.source() + ": " + rootMessage(e));
        }
    }

    /**
     * Rounded to the decimals the database keeps. A cross rate has up to twelve significant digits; were it
     * compared unrounded, the same rate read back from the database would look like a correction every run.
     */
    static OfficialQuote storable(OfficialQuote quote) {
        if (quote.quote().scale() <= ExchangeRate.QUOTE_SCALE) {
            return quote;
        }
        BigDecimal previous = quote.previousQuote();
        return quote.withQuote(quote.quote().setScale(ExchangeRate.QUOTE_SCALE, RoundingMode.HALF_EVEN),
                previous == null || previous.scale() <= ExchangeRate.QUOTE_SCALE ? previous
                        : previous.setScale(ExchangeRate.QUOTE_SCALE, RoundingMode.HALF_EVEN));
    }

    private static SourceReport append(SourceReport report, String addition) {
        return new SourceReport(report.source(), report.outcome(), report.message() + "; " + addition);
    }

    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
