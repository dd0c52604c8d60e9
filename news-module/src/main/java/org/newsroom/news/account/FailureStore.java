package org.newsroom.news.account;

import java.time.Instant;

/**
 * Where {@link LoginThrottle} counts consecutive sign-in failures per key. Each operation is atomic on its
 * own, so throttles on several nodes over one store count every failure once.
 */
public interface FailureStore {

    /** Failures counted for a key, and when the last one happened. */
    record Failures(int count, Instant last) {
    }

    /** The key's failures, or null when there are none or the last one is before {@code forgottenBefore}. */
    Failures current(String key, Instant forgottenBefore);

    /** Counts one more failure at {@code now}; a count whose last failure is before {@code forgottenBefore} starts again at 1. */
    void fail(String key, Instant now, Instant forgottenBefore);

    /** Forgets the key (a successful sign-in). */
    void forget(String key);

    /** How many keys have a failure since {@code forgottenBefore}. */
    int size(Instant forgottenBefore);
}
