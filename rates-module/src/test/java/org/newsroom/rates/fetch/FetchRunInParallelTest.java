package org.newsroom.rates.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.rates.feed.RateValidation;
import org.newsroom.rates.fetch.http.FeedClient;
import org.newsroom.rates.settings.RateSource;
import org.newsroom.rates.settings.RateSourceSettings;
import org.newsroom.rates.settings.SettingsSource;
import org.newsroom.rates.status.FetchOutcome;

/** "Fetch now" with banks that hang: the run lasts as long as one bank's timeout, not the sum of them. */
@ExtendWith(QuietLogs.class)
class FetchRunInParallelTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    private final TestFeedServer server = new TestFeedServer();
    /** Holds every hanging answer until the test ends. */
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    @Test
    void fourHangingBanksCostOneTimeoutNotFour() {
        server.on("/", exchange -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        RateSourceSettings settings = RateSourceSettings.from(SettingsSource.of(Map.of(
                "NEWSROOM_RATES_NBK_URL", server.base() + "/nbk?fdate={DD.MM.YYYY}",
                "NEWSROOM_RATES_CBU_URL", server.base() + "/cbu/{YYYY-MM-DD}/",
                "NEWSROOM_RATES_NBKR_URL", server.base() + "/nbkr/",
                "NEWSROOM_RATES_NBT_URL", server.base() + "/nbt?date={YYYY-MM-DD}",
                "NEWSROOM_RATES_CBT_URL", server.base() + "/cbt/{YYYY}/{DDMMYYYY}.xml",
                "NEWSROOM_RATES_READ_TIMEOUT_SECONDS", "1",
                "NEWSROOM_RATES_CONNECT_TIMEOUT_SECONDS", "1",
                "NEWSROOM_RATES_FETCH_ATTEMPTS", "1")));
        FetchRun run = new FetchRun(SourceFetch.all(new FeedClient(settings.limits()), settings), new MemoryRateBook(),
                new RateValidation(), new TmtPegKeeper(new BigDecimal("3.50")), Clock.systemUTC());

        long start = System.nanoTime();
        FetchReport report = run.run(APRIL_1);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // Loopback connects at once, so each bank fails after its 1 s read timeout. One after another that
        // is 5 s at least (it was 4.0 s for the four banks before CBT); at once, about one timeout.
        assertTrue(took.compareTo(Duration.ofMillis(2500)) < 0, "the run took " + took.toMillis() + " ms");
        for (String bank : List.of("NBK", "CBU", "NBKR", "NBT")) {
            SourceReport source = report.of(bank).orElseThrow();
            assertEquals(FetchOutcome.FAILED, source.outcome(), source.toString());
            assertTrue(source.message().contains("did not send its whole answer within 1 s")
                    || source.message().contains("did not answer within 1 s"), source.message());
        }
    }

    @Test
    void aBankStillBusyAfterItsBudgetIsGivenUpForTheRun() {
        SourceFetch stuck = SourceFetch.of(RateSource.NBK, day -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("released");
        }, Duration.ofMillis(300));
        FetchRun run = new FetchRun(List.of(stuck, Canned.answering(Canned.cbuUnchecked())), new MemoryRateBook(),
                new RateValidation(), new TmtPegKeeper(new BigDecimal("3.50")), Clock.systemUTC());

        long start = System.nanoTime();
        FetchReport report = run.run(APRIL_1);

        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(2)) < 0);
        assertEquals("NBK did not finish within 300 ms, so it was given up for this run",
                report.of("NBK").orElseThrow().message().split(";")[0]);
        assertEquals(FetchOutcome.OK, report.of("CBU").orElseThrow().outcome(), "the other banks are not held up");
    }
}
