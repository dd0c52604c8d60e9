package org.newsroom.rates.fetch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.newsroom.rates.feed.RateValidation;
import org.newsroom.rates.fetch.http.FeedClient;
import org.newsroom.rates.settings.RateSourceSettings;

/**
 * Fetches every bank once: the container's entry to {@link FetchRun}. Runs outside a transaction on
 * purpose: downloads can take a minute with retries, far too long to hold a database transaction open;
 * {@link RateStore} commits each rate as it is settled.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RateFetcher {

    @EJB
    private RateStore store;

    /**
     * The banks are read at once, each on a thread of its own from the container: a run lasts as long as
     * the slowest bank. A thread per bank rather than a managed executor, whose pool size and queue are
     * each server's own configuration and could run the banks one after another again.
     */
    @Resource
    private ManagedThreadFactory threads;

    private RateSourceSettings settings;
    private List<SourceFetch> sources;

    /** Settings are read once per bean instance; an unusable setting fails here with its variable's name. */
    @PostConstruct
    void init() {
        settings = RateSourceSettings.fromEnvironment();
        sources = SourceFetch.all(new FeedClient(settings.limits()), settings);
    }

    /**
     * Reads every bank for {@code today}, one bank's failure never stopping another's, and records what
     * happened per bank. Does not take the cluster guard: the schedule does that before calling.
     *
     * @param today the day in the banks' time zone, see {@link #today()}
     */
    public FetchReport fetchAll(LocalDate today) {
        return new FetchRun(sources, store, new RateValidation(settings.maxMovePercent()),
                new TmtPegKeeper(settings.tmtPeg()), Clock.systemUTC(), settings.addedTickerCurrencies(),
                read -> threads.newThread(read).start())
                .run(today);
    }

    /** Today in the configured zone (NEWSROOM_RATES_TIME_ZONE, default Asia/Almaty). */
    public LocalDate today() {
        return LocalDate.now(settings.zone());
    }
}
