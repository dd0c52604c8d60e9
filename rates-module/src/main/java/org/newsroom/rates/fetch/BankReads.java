package org.newsroom.rates.fetch;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.rates.feed.FeedException;
import org.newsroom.rates.feed.NoRateForDate;
import org.newsroom.rates.fetch.http.FeedClient;
import org.newsroom.rates.settings.RateSource;
import org.newsroom.rates.status.FetchOutcome;

/** Reading the banks of one run: all at once, each within its budget, each failure its own. */
final class BankReads {

    private static final Logger LOG = Logger.getLogger(BankReads.class.getName());

    private BankReads() {
    }

    /** A bank's tables, or why there are none. */
    record Read(FetchedRates rates, SourceReport report) {
    }

    /**
     * Every bank at once, so a run takes as long as the slowest bank, not the sum of them (four hanging
     * banks cost one timeout, not four); a bank still busy after its budget is reported as failed.
     */
    static Map<RateSource, Read> readAll(List<SourceFetch> sources, LocalDate today, Executor reads) {
        long start = System.nanoTime();
        Map<SourceFetch, CompletableFuture<Read>> running = new LinkedHashMap<>();
        for (SourceFetch source : sources) {
            running.put(source, CompletableFuture.supplyAsync(() -> read(source, today), reads));
        }
        Map<RateSource, Read> done = new EnumMap<>(RateSource.class);
        running.forEach((source, read) -> done.put(source.source(), await(source, read, start)));
        return done;
    }

    private static Read await(SourceFetch source, CompletableFuture<Read> read, long start) {
        String name = source.source().name();
        try {
            if (source.budget() == null) {
                return read.get();
            }
            long left = source.budget().toNanos() - (System.nanoTime() - start);
            return read.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            read.cancel(true);
            return new Read(null, new SourceReport(name, FetchOutcome.FAILED, name + " did not finish within "
                    + FeedClient.seconds(source.budget()) + ", so it was given up for this run"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Read(null, new SourceReport(name, FetchOutcome.FAILED, "Fetching " + name + " was interrupted"));
        } catch (ExecutionException e) {
            return new Read(null, new SourceReport(name, FetchOutcome.FAILED,
                    "Reading " + name + " failed unexpectedly: " + e.getCause()));
        }
    }

    /** Outside a container (tests, the benchmark): a daemon thread per bank, gone with the read. */
    static void ownThread(Runnable read) {
        Thread thread = new Thread(read, "rates-fetch");
        thread.setDaemon(true);
        thread.start();
    }

    private static Read read(SourceFetch source, LocalDate today) {
        String name = source.source().name();
        try {
            return new Read(source.fetch(today), new SourceReport(name, FetchOutcome.OK, "read"));
        } catch (NoRateForDate e) {
            return new Read(null, new SourceReport(name, FetchOutcome.NO_RATE,
                    e.getMessage() + "; the last stored rate stays in force"));
        } catch (FeedException e) {
            LOG.log(Level.FINE, "Fetching " + name + " failed", e);
            return new Read(null, new SourceReport(name, FetchOutcome.FAILED, e.getMessage()));
        } catch (RuntimeException e) {
            // A fault in this code rather than the bank's; still only this source is affected.
            LOG.log(Level.FINE, "Fetching " + name + " failed unexpectedly", e);
            return new Read(null, new SourceReport(name, FetchOutcome.FAILED,
                    "Reading " + name + " failed unexpectedly: " + e));
        }
    }
}
