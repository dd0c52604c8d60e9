package org.newsroom.rates.fetch.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.rates.feed.BusinessDays;
import org.newsroom.rates.fetch.FetchReport;
import org.newsroom.rates.fetch.FetchRun;
import org.newsroom.rates.fetch.lock.FetchGuard;
import org.newsroom.rates.settings.RateSource;

/**
 * What the timer does, without the container: skip a slot another run on this instance is still busy
 * with, claim the slot for the cluster, fetch; at start-up, first check whether any bank's rate is stale
 * (or missing) and do nothing if all are fresh. Never throws: a timer callback that throws is retried
 * by the container and fills the log with stack traces.
 */
public final class ScheduledFetch {

    private static final Logger LOG = Logger.getLogger(ScheduledFetch.class.getName());

    /** The cluster-wide claim of a slot, see {@link FetchGuard}. */
    @FunctionalInterface
    public interface Guard {
        boolean claim(LocalDateTime nowUtc);
    }

    @FunctionalInterface
    public interface Fetcher {
        FetchReport fetchAll(LocalDate today);
    }

    /** The effective date of the rate in force, per currency; absent when there is none. */
    @FunctionalInterface
    public interface LatestDates {
        Map<String, LocalDate> of(Collection<String> currencies);
    }

    /** The currencies fetched from a bank; the manat is pegged and never goes stale. */
    static final List<String> FETCHED_CURRENCIES = List.of(RateSource.NBK.currency(), RateSource.CBU.currency(),
            RateSource.NBKR.currency(), RateSource.NBT.currency());

    private final Guard guard;
    private final Fetcher fetcher;
    private final LatestDates latestDates;
    private final ZoneId zone;
    private final int staleBusinessDays;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    public ScheduledFetch(Guard guard, Fetcher fetcher, LatestDates latestDates, ZoneId zone, int staleBusinessDays,
                          Clock clock) {
        this.guard = guard;
        this.fetcher = fetcher;
        this.latestDates = latestDates;
        this.zone = zone;
        this.staleBusinessDays = staleBusinessDays;
        this.clock = clock;
    }

    /** A scheduled slot: fetch, unless another instance has this slot or this one is still busy. */
    public Optional<FetchReport> onSchedule() {
        if (!running.compareAndSet(false, true)) {
            LOG.info("Exchange rates: the previous fetch is still running, this slot is skipped");
            return Optional.empty();
        }
        try {
            if (!guard.claim(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))) {
                LOG.fine("Exchange rates: another instance fetches this slot");
                return Optional.empty();
            }
            return Optional.of(fetcher.fetchAll(today()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Exchange rates: the fetch could not run: " + FetchRun.rootMessage(e));
            LOG.log(Level.FINE, "Exchange rates: the fetch could not run", e);
            return Optional.empty();
        } finally {
            running.set(false);
        }
    }

    /** Once after start-up: fetch only when a bank's rate is stale or missing, so a restart costs nothing. */
    public Optional<FetchReport> onStartup() {
        List<String> stale;
        try {
            stale = staleCurrencies(latestDates.of(FETCHED_CURRENCIES), today(), staleBusinessDays);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Exchange rates: could not check at start-up whether rates are stale: "
                    + FetchRun.rootMessage(e));
            return Optional.empty();
        }
        if (stale.isEmpty()) {
            LOG.fine("Exchange rates: all rates are fresh at start-up, no fetch needed");
            return Optional.empty();
        }
        LOG.info(() -> "Exchange rates: " + String.join(", ", stale) + " stale or missing at start-up, fetching now");
        return onSchedule();
    }

    /** Currencies whose rate in force is older than {@code maxAge} business days, or that have none. */
    static List<String> staleCurrencies(Map<String, LocalDate> latest, LocalDate today, int maxAge) {
        return FETCHED_CURRENCIES.stream()
                .filter(currency -> !latest.containsKey(currency)
                        || BusinessDays.isStale(latest.get(currency), today, maxAge))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
