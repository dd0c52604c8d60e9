package org.newsroom.news.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
 * <p>Memory stays bounded: quiet keys are dropped as they expire, and beyond {@code maxKeys} the
 * key whose last failure is oldest goes first. Thread-safe; one lock is plenty for sign-in rates.
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
    private final int maxKeys;
    private final int freeFailures;
    /** In order of last failure, oldest first: re-inserted on every failure, so expiry scans stop early. */
    private final LinkedHashMap<String, Failures> failures = new LinkedHashMap<>();

    private record Failures(int count, Instant last) {
    }

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
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1, not " + maxKeys);
        }
        if (freeFailures < 1) {
            throw new IllegalArgumentException("freeFailures must be at least 1, not " + freeFailures);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxKeys = maxKeys;
        this.freeFailures = freeFailures;
    }

    /** For sign-ins from one address: {@value #FREE_FAILURES_PER_ADDRESS} free failures. */
    public static LoginThrottle perAddress() {
        return new LoginThrottle(Clock.systemUTC(), DEFAULT_MAX_KEYS, FREE_FAILURES_PER_ADDRESS);
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
    public synchronized Duration waitRequired(String key) {
        Instant now = clock.instant();
        forgetQuietKeys(now);
        Failures entry = failures.get(Objects.requireNonNull(key, "key"));
        if (entry == null || entry.count() < freeFailures) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(now, entry.last().plus(delayAfter(entry.count(), freeFailures)));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    public synchronized void failed(String key) {
        Objects.requireNonNull(key, "key");
        Instant now = clock.instant();
        forgetQuietKeys(now);
        Failures previous = failures.remove(key);
        int count = previous == null ? 1 : saturatedIncrement(previous.count());
        failures.put(key, new Failures(count, now));
        if (failures.size() > maxKeys) {
            Iterator<String> oldest = failures.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    public synchronized void succeeded(String key) {
        failures.remove(Objects.requireNonNull(key, "key"));
    }

    /** How many keys are remembered now; for monitoring and tests. */
    public synchronized int trackedKeys() {
        forgetQuietKeys(clock.instant());
        return failures.size();
    }

    /** Consecutive failures remembered for the key; for tests. */
    synchronized int consecutiveFailures(String key) {
        forgetQuietKeys(clock.instant());
        Failures entry = failures.get(key);
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

    private static int saturatedIncrement(int count) {
        return count == Integer.MAX_VALUE ? count : count + 1;
    }

    private void forgetQuietKeys(Instant now) {
        Instant cutoff = now.minus(FORGET_AFTER);
        Iterator<Map.Entry<String, Failures>> oldestFirst = failures.entrySet().iterator();
        while (oldestFirst.hasNext()) {
            if (oldestFirst.next().getValue().last().isAfter(cutoff)) {
                return;
            }
            oldestFirst.remove();
        }
    }
}
