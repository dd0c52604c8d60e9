package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.rates.fetch.lock.FetchGuard;

/**
 * Instances of a cluster each run the fetch timer; the database lets exactly one of them fetch per
 * window. Here eight "instances" claim the same slot at the same moment, on the real database; the lock
 * row is then put back, so the application's own timers (and the rate tests after this one) fetch as before.
 */
class FetchOncePerClusterIT extends InsideTheServer {

    @Inject
    private FetchGuard guard;

    @Inject
    private FetchLockFixture lock;

    private FetchLockFixture.Row before;

    /** The lock row is shared with the running application's timers: it is put back as it was. */
    @BeforeEach
    void rememberTheLock() {
        before = lock.read();
    }

    @AfterEach
    void restoreTheLock() {
        lock.restore(before);
        assertEquals(before, lock.read(), "the fetch lock is left as it was found");
    }

    @Test
    void ofInstancesClaimingOneSlotTogetherExactlyOneFetches() throws Exception {
        // A slot far after anything the running application's own timers have claimed.
        LocalDateTime slot = LocalDateTime.of(2099, 1, 5, 9, 0);
        int instances = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Callable<Boolean>> claims = java.util.stream.IntStream.range(0, instances)
                    .mapToObj(n -> (Callable<Boolean>) () -> {
                        start.await();
                        return guard.claim("instance-" + n, slot, Duration.ofMinutes(20));
                    })
                    .toList();
            List<Future<Boolean>> results = claims.stream().map(pool::submit).toList();
            start.countDown();
            long winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertEquals(1, winners, "one instance fetches the slot");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(false, guard.claim("late-instance", slot.plusMinutes(10), Duration.ofMinutes(20)),
                "within the window nobody else fetches");
        assertEquals(true, guard.claim("next-slot", slot.plusMinutes(30), Duration.ofMinutes(20)),
                "the next slot is free again");
    }
}
