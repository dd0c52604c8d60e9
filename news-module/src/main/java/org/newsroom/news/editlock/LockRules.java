package org.newsroom.news.editlock;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.newsroom.news.settings.Settings;

/**
 * When a soft edit lock is live and what each request does to it, as WordPress does it: the editor
 * page sends a heartbeat every {@link #heartbeatInterval()}; a lock whose last heartbeat is
 * {@link #window()} old or more has lapsed (the tab was closed, the laptop went to sleep) and the next
 * person to open the article simply gets it. A live lock held by someone else is never taken by
 * opening, only by an explicit take-over.
 *
 * <pre>
 * request     no lock   caller's own   another's, live   another's, lapsed
 * open        ACQUIRE   ACQUIRE        REFUSE            ACQUIRE
 * heartbeat   ACQUIRE   REFRESH        REFUSE            REFUSE
 * take over   ACQUIRE   REFRESH        TAKE_OVER         TAKE_OVER
 * </pre>
 *
 * A heartbeat never takes a lock someone else had, even a lapsed one: if another person opened the
 * article while the caller's heartbeats were not arriving, the caller's page must know. "Caller's own"
 * means the same user name (the same person in two tabs holds one lock). Opening one's own lock starts it
 * afresh, so "editing since" is when the holder opened the article this time, not an earlier visit. Window:
 * {@value #VARIABLE}, default 60 seconds. Plain Java; the clock is injected for tests.
 */
public final class LockRules {

    public static final String VARIABLE = "NEWSROOM_EDIT_LOCK_SECONDS";
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(60);
    /** The smallest window that leaves room for a few heartbeats and a slow request. */
    public static final Duration MIN_WINDOW = Duration.ofSeconds(10);
    public static final Duration MAX_WINDOW = Duration.ofHours(1);

    /** What a request does to an article's lock. */
    public enum Step {
        /** Nobody holds a live lock: the caller gets it (a new row, or a lapsed one reused). */
        ACQUIRE,
        /** The caller holds it already: only the heartbeat time moves. */
        REFRESH,
        /** Someone else holds it and the caller asked to take it: the caller gets it; audit who had it. */
        TAKE_OVER,
        /** Someone else holds it: nothing changes and the caller is told who. */
        REFUSE
    }

    private final Clock clock;
    private final Duration window;

    public LockRules(Clock clock, Duration window) {
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(window, "window");
        if (window.compareTo(MIN_WINDOW) < 0 || window.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("A lock window is " + MIN_WINDOW.toSeconds() + " to "
                    + MAX_WINDOW.toSeconds() + " seconds, not " + window.toSeconds());
        }
        this.window = window;
    }

    /** The system clock and {@value #VARIABLE}. */
    public static LockRules configured() {
        return new LockRules(Clock.systemUTC(), windowFrom(Settings.fromConfig()));
    }

    /**
     * @param setting the variable's value, null when unset
     * @throws IllegalArgumentException naming the variable when it is set to something unusable
     */
    public static Duration window(String setting) {
        return windowFrom(Settings.from(name -> setting));
    }

    /** @throws org.newsroom.news.settings.SettingInvalid naming the variable when it is set to something unusable */
    public static Duration windowFrom(Settings settings) {
        return Duration.ofSeconds(settings.wholeNumber(VARIABLE, "seconds", (int) DEFAULT_WINDOW.toSeconds(),
                (int) MIN_WINDOW.toSeconds(), (int) MAX_WINDOW.toSeconds()));
    }

    public Duration window() {
        return window;
    }

    /** How often the editor page should send a heartbeat: a quarter of the window, so one lost beat does no harm. */
    public Duration heartbeatInterval() {
        return window.dividedBy(4);
    }

    /** The present time in UTC, as locks store it. */
    public LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Live while less than the window has passed since the last heartbeat; a missing lock is not live. */
    public boolean isLive(EditLock lock) {
        return lock != null && Duration.between(lock.getHeartbeatAt(), now()).compareTo(window) < 0;
    }

    /** When a live lock lapses unless refreshed. */
    public LocalDateTime expiresAt(EditLock lock) {
        return lock.getHeartbeatAt().plus(window);
    }

    public Step onOpen(EditLock current, String caller) {
        if (current == null) {
            return Step.ACQUIRE;
        }
        if (current.isHeldBy(caller)) {
            return Step.ACQUIRE;
        }
        return isLive(current) ? Step.REFUSE : Step.ACQUIRE;
    }

    public Step onHeartbeat(EditLock current, String caller) {
        if (current == null) {
            return Step.ACQUIRE;
        }
        return current.isHeldBy(caller) ? Step.REFRESH : Step.REFUSE;
    }

    public Step onTakeOver(EditLock current, String caller) {
        if (current == null) {
            return Step.ACQUIRE;
        }
        return current.isHeldBy(caller) ? Step.REFRESH : Step.TAKE_OVER;
    }

    /** Only the holder's release removes a lock; anyone else's is ignored. */
    public boolean mayRelease(EditLock current, String caller) {
        return current != null && current.isHeldBy(caller);
    }
}
