package org.newsroom.news.editlock;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.news.editlock.LockRules.Step.ACQUIRE;
import static org.newsroom.news.editlock.LockRules.Step.REFRESH;
import static org.newsroom.news.editlock.LockRules.Step.REFUSE;
import static org.newsroom.news.editlock.LockRules.Step.TAKE_OVER;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.newsroom.news.testing.HandMovedClock;

class LockRulesTest {


    private final HandMovedClock clock = new HandMovedClock();
    private final LockRules rules = new LockRules(clock, Duration.ofSeconds(60));

    private EditLock heldBy(String username) {
        return new EditLock(7, username, username.toUpperCase(), rules.now());
    }

    @Test
    void nowIsUtc() {
        assertEquals(LocalDateTime.of(2026, 3, 2, 8, 0), rules.now());
    }

    @Test
    void liveWhileTheLastHeartbeatIsYoungerThanTheWindow() {
        EditLock lock = heldBy("aida");

        assertTrue(rules.isLive(lock));
        clock.advance(Duration.ofSeconds(59));
        assertTrue(rules.isLive(lock));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(rules.isLive(lock), "exactly the window old: lapsed");
        assertFalse(rules.isLive(null));
        assertEquals(LocalDateTime.of(2026, 3, 2, 8, 1), rules.expiresAt(lock));
    }

    @Test
    void heartbeatsKeepALockAlive() {
        EditLock lock = heldBy("aida");
        LocalDateTime since = lock.getSince();

        for (int beat = 0; beat < 10; beat++) {
            clock.advance(rules.heartbeatInterval());
            assertEquals(REFRESH, rules.onHeartbeat(lock, "aida"));
            lock.refresh(rules.now());
        }

        clock.advance(Duration.ofSeconds(59));
        assertTrue(rules.isLive(lock), "ten heartbeats later, still live");
        assertEquals(since, lock.getSince(), "a heartbeat does not change when editing began");
    }

    @Test
    void openingAnUnlockedArticleAcquiresIt() {
        assertEquals(ACQUIRE, rules.onOpen(null, "aida"));
    }

    @Test
    void openingNeverStealsALiveLock() {
        EditLock lock = heldBy("aida");
        clock.advance(Duration.ofSeconds(59));

        assertEquals(REFUSE, rules.onOpen(lock, "bolot"));
    }

    @Test
    void reopeningYourOwnLockStartsItAfreshSoOthersSeeWhenYouOpenedItThisTime() {
        EditLock lock = heldBy("aida");
        clock.advance(Duration.ofSeconds(30));

        assertEquals(ACQUIRE, rules.onOpen(lock, "aida"), "a reload or second tab");
        clock.advance(Duration.ofMinutes(10));
        assertEquals(ACQUIRE, rules.onOpen(lock, "aida"), "lapsed, but nobody else claimed it");
    }

    @Test
    void aLapsedLockGoesToWhoeverOpensNext() {
        EditLock lock = heldBy("aida");
        clock.advance(Duration.ofSeconds(60));

        assertEquals(ACQUIRE, rules.onOpen(lock, "bolot"));

        lock.handTo("bolot", "Bolot", rules.now());
        assertTrue(lock.isHeldBy("bolot"));
        assertEquals(rules.now(), lock.getSince());
        assertTrue(rules.isLive(lock));
    }

    @Test
    void takingOverALiveLock() {
        EditLock lock = heldBy("aida");
        clock.advance(Duration.ofSeconds(10));

        assertEquals(TAKE_OVER, rules.onTakeOver(lock, "bolot"));
        lock.handTo("bolot", "Bolot", rules.now());

        assertEquals(REFUSE, rules.onHeartbeat(lock, "aida"), "the former holder's next heartbeat learns of it");
        assertEquals(REFUSE, rules.onOpen(lock, "aida"));
        assertEquals(REFRESH, rules.onHeartbeat(lock, "bolot"));
    }

    @Test
    void takingOverIsRecordedEvenWhenTheLockHadLapsed() {
        EditLock lock = heldBy("aida");
        clock.advance(Duration.ofMinutes(5));

        assertEquals(TAKE_OVER, rules.onTakeOver(lock, "bolot"));
    }

    @Test
    void takingOverNothingOrYourOwnIsJustHoldingIt() {
        assertEquals(ACQUIRE, rules.onTakeOver(null, "bolot"));
        assertEquals(REFRESH, rules.onTakeOver(heldBy("bolot"), "bolot"));
    }

    @Test
    void aHeartbeatNeverTakesAnotherPersonsLockEvenALapsedOne() {
        EditLock lock = heldBy("bolot");
        clock.advance(Duration.ofMinutes(5));

        assertEquals(REFUSE, rules.onHeartbeat(lock, "aida"));
    }

    @Test
    void aHeartbeatAfterAReleaseHoldsTheArticleAgain() {
        assertEquals(ACQUIRE, rules.onHeartbeat(null, "aida"));
    }

    @Test
    void onlyTheHolderReleases() {
        EditLock lock = heldBy("aida");

        assertTrue(rules.mayRelease(lock, "aida"));
        assertFalse(rules.mayRelease(lock, "bolot"));
        assertFalse(rules.mayRelease(null, "aida"));
    }

    @Test
    void heartbeatIntervalIsAQuarterOfTheWindow() {
        assertEquals(Duration.ofSeconds(15), rules.heartbeatInterval());
    }

    @Test
    void windowFromTheEnvironment() {
        assertEquals(Duration.ofSeconds(60), LockRules.window(null));
        assertEquals(Duration.ofSeconds(60), LockRules.window(" "));
        assertEquals(Duration.ofSeconds(120), LockRules.window(" 120 "));
        for (String bad : new String[] {"0", "5", "-60", "1m", "3601"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> LockRules.window(bad), bad);
            assertTrue(refused.getMessage().startsWith("NEWSROOM_EDIT_LOCK_SECONDS"), refused.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new LockRules(clock, Duration.ofSeconds(1)));
    }

    @Test
    void aLockWithoutADisplayNameShowsTheUsername() {
        EditLock lock = new EditLock(7, "aida", " ", rules.now());

        assertEquals("aida", lock.getHolderName());
        assertEquals(7L, lock.getArticleId());
    }
}
