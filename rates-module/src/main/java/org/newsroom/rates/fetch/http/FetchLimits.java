package org.newsroom.rates.fetch.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how much one fetch may take. Production values come from settings.RateSourceSettings;
 * tests build their own with milliseconds so that timeouts and retries stay fast.
 *
 * @param connectTimeout how long to wait for the bank's server to accept the connection
 * @param readTimeout    how long to wait for the answer once connected
 * @param maxBytes       the largest body read; a bigger one is abandoned, never held in memory
 * @param attempts       tries per file for failures that may pass (timeouts, 5xx, refused connections)
 * @param firstBackoff   the pause before the second try; it doubles before each further one
 */
public record FetchLimits(Duration connectTimeout, Duration readTimeout, long maxBytes, int attempts,
                          Duration firstBackoff) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    /** 2 MB: the largest real file, CBU's full list, is about 26 kB; anything near the limit is not a rates file. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
    public static final int DEFAULT_ATTEMPTS = 3;
    public static final Duration DEFAULT_FIRST_BACKOFF = Duration.ofSeconds(1);

    public FetchLimits {
        requirePositive(connectTimeout, "connect timeout");
        requirePositive(readTimeout, "read timeout");
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        if (firstBackoff.isNegative()) {
            throw new IllegalArgumentException("The pause between tries cannot be negative, got " + firstBackoff);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("The size limit must be above zero, got " + maxBytes);
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("At least one attempt is needed, got " + attempts);
        }
    }

    public static FetchLimits defaults() {
        return new FetchLimits(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_MAX_BYTES, DEFAULT_ATTEMPTS,
                DEFAULT_FIRST_BACKOFF);
    }

    /** The pause before try number {@code attempt} (2 is the first retry): 1 s, 2 s, 4 s … by default. */
    public Duration backoffBefore(int attempt) {
        return firstBackoff.multipliedBy(1L << Math.min(attempt - 2, 20));
    }

    /**
     * The longest one file can take with these limits: every try waits for the connection and the whole
     * answer, with the pauses between tries. A bank that takes longer is abandoned by the run.
     */
    public Duration worstCasePerFile() {
        Duration total = connectTimeout.plus(readTimeout).multipliedBy(attempts);
        for (int attempt = 2; attempt <= attempts; attempt++) {
            total = total.plus(backoffBefore(attempt));
        }
        return total;
    }

    private static void requirePositive(Duration duration, String what) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("The " + what + " must be above zero, got " + duration);
        }
    }
}
