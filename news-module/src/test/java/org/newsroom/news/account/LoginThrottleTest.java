package org.newsroom.news.account;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsroom.news.testing.HandMovedClock;

class LoginThrottleTest {


    private final HandMovedClock clock = new HandMovedClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);
    private final String aigerim = LoginThrottle.forUsername("Aigerim");

    private void fail(String key, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(key);
        }
    }

    @Test
    void aFewMistypedPasswordsCostNothing() {
        fail(aigerim, 4);
        assertEquals(Duration.ZERO, throttle.waitRequired(aigerim));
    }

    @Test
    void fromTheFifthFailureTheWaitDoublesEachTime() {
        fail(aigerim, 5);
        assertEquals(Duration.ofSeconds(1), throttle.waitRequired(aigerim));
        throttle.failed(aigerim);
        assertEquals(Duration.ofSeconds(2), throttle.waitRequired(aigerim));
        throttle.failed(aigerim);
        assertEquals(Duration.ofSeconds(4), throttle.waitRequired(aigerim));
        fail(aigerim, 3);
        assertEquals(Duration.ofSeconds(32), throttle.waitRequired(aigerim));
    }

    @Test
    void theWaitCountsFromTheLastFailureAndRunsOut() {
        fail(aigerim, 8);
        assertEquals(Duration.ofSeconds(8), throttle.waitRequired(aigerim));
        clock.advance(Duration.ofSeconds(3));
        assertEquals(Duration.ofSeconds(5), throttle.waitRequired(aigerim));
        clock.advance(Duration.ofSeconds(5));
        assertEquals(Duration.ZERO, throttle.waitRequired(aigerim));
        throttle.failed(aigerim);
        assertEquals(Duration.ofSeconds(16), throttle.waitRequired(aigerim), "failures are still remembered");
    }

    @Test
    void theWaitNeverExceedsFifteenMinutes() {
        fail(aigerim, 14);
        assertEquals(Duration.ofSeconds(512), throttle.waitRequired(aigerim));
        throttle.failed(aigerim);
        assertEquals(Duration.ofMinutes(15), throttle.waitRequired(aigerim));
        fail(aigerim, 1000);
        assertEquals(Duration.ofMinutes(15), throttle.waitRequired(aigerim));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    void aSuccessForgetsThePastFailures() {
        fail(aigerim, 7);
        throttle.succeeded(aigerim);
        assertEquals(Duration.ZERO, throttle.waitRequired(aigerim));
        fail(aigerim, 4);
        assertEquals(Duration.ZERO, throttle.waitRequired(aigerim), "counting starts again from zero");
    }

    @Test
    void anHourOfQuietForgetsTheKey() {
        fail(aigerim, 9);
        clock.advance(Duration.ofMinutes(59));
        assertEquals(1, throttle.trackedKeys());
        throttle.failed(aigerim);
        assertEquals(Duration.ofSeconds(32), throttle.waitRequired(aigerim), "the tenth failure within the hour counts on");
        clock.advance(Duration.ofHours(1));
        assertEquals(0, throttle.trackedKeys());
        fail(aigerim, 4);
        assertEquals(Duration.ZERO, throttle.waitRequired(aigerim));
    }

    @Test
    void keysAreSeparateAndUserNamesIgnoreCase() {
        fail(LoginThrottle.forUsername("  AIGERIM "), 6);
        assertEquals(Duration.ofSeconds(2), throttle.waitRequired(aigerim));
        assertEquals(Duration.ZERO, throttle.waitRequired(LoginThrottle.forUsername("daniyar")));
        assertEquals(Duration.ZERO, throttle.waitRequired(LoginThrottle.forAddress("203.0.113.7")));
        assertNotEquals(LoginThrottle.forUsername("x"), LoginThrottle.forAddress("x"));
    }

    @Test
    void theNumberOfKeysIsCappedDroppingTheLongestQuiet() {
        LoginThrottle small = new LoginThrottle(clock, 3);
        String first = LoginThrottle.forAddress("198.51.100.1");
        for (int i = 0; i < 6; i++) {
            small.failed(first);
        }
        for (int i = 2; i <= 4; i++) {
            clock.advance(Duration.ofSeconds(1));
            small.failed(LoginThrottle.forAddress("198.51.100." + i));
        }
        assertEquals(3, small.trackedKeys());
        assertEquals(Duration.ZERO, small.waitRequired(first), "the oldest key made room");
    }

    @Test
    void aFloodOfDistinctKeysStaysWithinTheCap() {
        for (int i = 0; i < 25_000; i++) {
            throttle.failed(LoginThrottle.forUsername("guess" + i));
        }
        assertEquals(LoginThrottle.DEFAULT_MAX_KEYS, throttle.trackedKeys());
    }

    @Test
    void concurrentFailuresAreAllCounted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 250; i++) {
                        throttle.failed(aigerim);
                        throttle.waitRequired(aigerim);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1000, throttle.consecutiveFailures(aigerim), "no failure lost to a race");
        assertEquals(Duration.ofMinutes(15), throttle.waitRequired(aigerim));
        assertEquals(1, throttle.trackedKeys());
    }

    @Test
    void badArgumentsAreProgrammingErrors() {
        assertThrows(NullPointerException.class, () -> throttle.failed(null));
        assertThrows(NullPointerException.class, () -> new LoginThrottle(null));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(clock, 0));
    }

    @Test
    void oneAddressTryingOnePasswordOnManyUsernamesIsHeldBackAfterTwentyAccounts() {
        LoginThrottle byAddress = new LoginThrottle(clock, LoginThrottle.DEFAULT_MAX_KEYS,
                LoginThrottle.FREE_FAILURES_PER_ADDRESS);
        String office = LoginThrottle.forAddress("203.0.113.7");
        for (int account = 0; account < LoginThrottle.FREE_FAILURES_PER_ADDRESS - 1; account++) {
            byAddress.failed(office);
        }
        assertEquals(Duration.ZERO, byAddress.waitRequired(office), "nineteen failures from one office cost nothing");
        byAddress.failed(office);
        assertEquals(Duration.ofSeconds(1), byAddress.waitRequired(office));
        for (int more = 0; more < 30; more++) {
            byAddress.failed(office);
        }
        assertEquals(LoginThrottle.MAX_WAIT, byAddress.waitRequired(office), "the wait has a ceiling");
        assertEquals(Duration.ZERO, byAddress.waitRequired(LoginThrottle.forAddress("198.51.100.1")),
                "another address is not held back");
    }
}
