package org.newsroom.rates.fetch.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.newsroom.rates.fetch.RateFetcher;
import org.newsroom.rates.fetch.RateStore;
import org.newsroom.rates.fetch.lock.FetchGuard;
import org.newsroom.rates.settings.RateSourceSettings;

/**
 * Fetches the banks' rates on the configured schedule (NEWSROOM_RATES_SCHEDULE, default every half hour
 * 09:00–18:30 Monday to Friday, Asia/Almaty) and once shortly after start-up when a rate is stale.
 * NEWSROOM_RATES_FETCH=off creates no timer at all (test and staging servers).
 *
 * <p>Starts after ApplicationStartup (the web module's singleton, named by its EJB name since this module
 * cannot see its class; both live in the same WAR at run time), which migrates the schema this reads.
 * Timers are not persistent: every instance of a cluster has its own, and {@link FetchGuard} lets one of
 * them fetch per slot. Concurrency is the bean's own so that a long fetch does not queue timer callbacks
 * behind the container's lock; {@link ScheduledFetch} skips a slot while a fetch is running.
 */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RateSchedule {

    private static final Logger LOG = Logger.getLogger(RateSchedule.class.getName());
    private static final String SCHEDULED = "exchange rates: scheduled fetch";
    private static final String STARTUP = "exchange rates: start-up check";
    /** Long enough for the deployment to finish and the site to take traffic first. */
    private static final Duration STARTUP_DELAY = Duration.ofSeconds(30);

    @Resource
    private TimerService timers;

    @EJB
    private RateFetcher fetcher;

    @EJB
    private FetchGuard guard;

    @EJB
    private RateStore store;

    private volatile ScheduledFetch runs;

    @PostConstruct
    void start() {
        // Checked with every other setting as the application starts (a bad one fails the start).
        RateSourceSettings settings = RateSourceSettings.fromEnvironment();
        if (!settings.fetchEnabled()) {
            LOG.info("Exchange rates are not fetched automatically: " + RateSourceSettings.FETCH + " is off");
            return;
        }
        String instance = ManagementFactory.getRuntimeMXBean().getName();
        runs = new ScheduledFetch(now -> guard.claim(instance, now, settings.guardWindow()),
                fetcher::fetchAll, store::latestDates, settings.zone(), settings.staleBusinessDays(),
                Clock.systemUTC());
        RateSourceSettings.FetchSchedule schedule = settings.schedule();
        ScheduleExpression when = new ScheduleExpression()
                .dayOfWeek(schedule.daysOfWeek())
                .hour(schedule.hours())
                .minute(schedule.minutes())
                .second("0")
                .timezone(settings.zone().getId());
        try {
            timers.createCalendarTimer(when, new TimerConfig(SCHEDULED, false));
        } catch (IllegalArgumentException e) {
            // A setting that cannot be used fails the start, naming the variable, as every other does.
            throw new IllegalArgumentException(RateSourceSettings.SCHEDULE + " is \"" + schedule
                    + "\"; expected a calendar expression such as Mon-Fri 9-18 */30 (" + e.getMessage() + ")", e);
        }
        timers.createSingleActionTimer(STARTUP_DELAY.toMillis(), new TimerConfig(STARTUP, false));
        LOG.info(() -> "Exchange rates are fetched at " + schedule + " (day of week, hour, minute) "
                + settings.zone().getId() + (settings.anyUrlOverridden() ? ", some banks from configured addresses" : ""));
    }

    @Timeout
    void onTimeout(Timer timer) {
        ScheduledFetch current = runs;
        if (current == null) {
            return;
        }
        if (STARTUP.equals(timer.getInfo())) {
            current.onStartup();
        } else {
            current.onSchedule();
        }
    }
}
