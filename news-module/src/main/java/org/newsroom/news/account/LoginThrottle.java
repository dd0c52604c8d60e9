package org.newsroom.news.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Slows down password guessing. The first few consecutive failures for a key cost nothing
 * ({@value #FREE_FAILURES} by default); after that every attempt must wait 2^(failures - free) seconds
 * from the last failure, at most {@link #MAX_WAIT}. A success, or an hour without failures,
 * forgets the key.
 *
 * <p>Use: ask {@link #waitRequired} first and, if it is not zero, refuse without checking the
 * password (and without calling {@link #failed}); otherwise check it and report the outcome.
 * Keys come from {@link #forUsername} and {@link #forAddress} so both can share one throttle.
 *
 * <p>Where the failures are counted is a {@link FailureStore}: in this node's memory by default (bounded:
 * quiet keys are dropped as they expire, and beyond {@code maxKeys} the key whose last failure is oldest goes
 * first), or in the database ({@link DatabaseFailureStore}) so that every node of a cluster counts the same
 * failures and alternating between nodes gains a guesser nothing. Thread-safe.
 */
public final class LoginThrottle {

    public static final int FREE_FAILURES = 5;
    /**
     * Failures from one address before it is slowed down: a whole newsroom often shares one address, so
     * more than one person's worth, but few enough that one password tried across many usernames
     * (which the per-username key never sees twice) is held back after a handful of accounts.
     */
    public static final int FREE_FAILURES_PER_ADDRESS = 20;
    public static final Duration MAX_WAIT = Duration.ofMinutes(15);
    public static final Duration FORGET_AFTER = Duration.ofHours(1);
    public static final int DEFAULT_MAX_KEYS = 10_000;

    private final Clock clock;
    private final int freeFailures;
    private final FailureStore failures;

    public LoginThrottle() {
        this(Clock.systemUTC(), DEFAULT_MAX_KEYS);
    }

    public LoginThrottle(Clock clock) {
        this(clock, DEFAULT_MAX_KEYS);
    }

    public LoginThrottle(Clock clock, int maxKeys) {
        this(clock, maxKeys, FREE_FAILURES);
    }

    public LoginThrottle(Clock clock, int maxKeys, int freeFailures) {
        this(clock, new MemoryFailureStore(maxKeys), freeFailures);
    }

    /** Counting in {@code failures}, e.g. a {@link DatabaseFailureStore} that every node of a cluster shares. */
    public LoginThrottle(Clock clock, FailureStore failures, int freeFailures) {
        if (freeFailures < 1) {
            throw new IllegalArgumentException("freeFailures must be at least 1, not " + freeFailures);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.failures = Objects.requireNonNull(failures, "failures");
        this.freeFailures = freeFailures;
    }

    /** For sign-ins from one address: {@value #FREE_FAILURES_PER_ADDRESS} free failures. */
    public static LoginThrottle perAddress() {
        return new LoginThrottle(Clock.systemUTC(), DEFAULT_MAX_KEYS, FREE_FAILURES_PER_ADDRESS);
    }

    /** Per username, counting in {@code shared} (every node's throttle over the same store counts together). */
    public static LoginThrottle perUsername(FailureStore shared) {
        return new LoginThrottle(Clock.systemUTC(), shared, FREE_FAILURES);
    }

    /** Per address, counting in {@code shared}: {@value #FREE_FAILURES_PER_ADDRESS} free failures. */
    public static LoginThrottle perAddress(FailureStore shared) {
        return new LoginThrottle(Clock.systemUTC(), shared, FREE_FAILURES_PER_ADDRESS);
    }

    /** The key for an account: user names are compared without regard to case or surrounding spaces. */
    public static String forUsername(String username) {
        return "user:" + Objects.requireNonNull(username, "username").strip().toLowerCase(Locale.ROOT);
    }

    /** The key for the address a request came from, e.g. {@code HttpServletRequest.getRemoteAddr()}. */
    public static String forAddress(String remoteAddress) {
        return "addr:" + Objects.requireNonNull(remoteAddress, "remoteAddress").strip().toLowerCase(Locale.ROOT);
    }

    /** How long the next attempt for this key must wait; {@link Duration#ZERO} when it may go ahead. */
    public Duration waitRequired(String key) {
        Instant now = clock.instant();
        FailureStore.Failures entry = failures.current(Objects.requireNonNull(key, "key"), now.minus(FORGET_AFTER));
        if (entry == null || entry.count() < freeFailures) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(now, entry.last().plus(delayAfter(entry.count(), freeFailures)));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    public void failed(String key) {
        Objects.requireNonNull(key, "key");
        Instant now = clock.instant();
        failures.fail(key, now, now.minus(FORGET_AFTER));
    }

    public void succeeded(String key) {
        failures.forget(Objects.requireNonNull(key, "key"));
    }

    /** How many keys are remembered now; for monitoring and tests. */
    public int trackedKeys() {
        return failures.size(clock.instant().minus(FORGET_AFTER));
    }

    /** Consecutive failures remembered for the key; for tests. */
    int consecutiveFailures(String key) {
        FailureStore.Failures entry = failures.current(key, clock.instant().minus(FORGET_AFTER));
        return entry == null ? 0 : entry.count();
    }

    /** The wait imposed after {@code count} consecutive failures (with the default free ones). */
    static Duration delayAfter(int count) {
        return delayAfter(count, FREE_FAILURES);
    }

    private static Duration delayAfter(int count, int freeFailures) {
        if (count < freeFailures) {
            return Duration.ZERO;
        }
        int exponent = count - freeFailures;
        // 2^10 s is already past the cap; stopping there keeps the shift from overflowing.
        return exponent >= 10 ? MAX_WAIT : min(Duration.ofSeconds(1L << exponent), MAX_WAIT);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
