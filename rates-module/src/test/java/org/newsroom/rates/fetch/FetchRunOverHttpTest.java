package org.newsroom.rates.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.rates.feed.OfficialQuote;
import org.newsroom.rates.feed.RateValidation;
import org.newsroom.rates.fetch.http.FeedClient;
import org.newsroom.rates.settings.RateSourceSettings;
import org.newsroom.rates.settings.SettingsSource;
import org.newsroom.rates.status.FetchOutcome;

/** A whole run as the timer makes it, settings included, against a local server playing the four banks. */
@ExtendWith(QuietLogs.class)
class FetchRunOverHttpTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    private final TestFeedServer server = new TestFeedServer();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void twoBanksDownTheirCurrenciesComeFromTheTengeFile() throws Exception {
        server.serving("/nbk/", "nbk-2026-04-01.xml");
        server.serving("/cbu/", "cbu-2026-04-01.json");
        server.on("/nbt/", exchange -> TestFeedServer.send(exchange, 500, new byte[0]));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RateSourceSettings settings = RateSourceSettings.from(SettingsSource.of(Map.of(
                "NEWSROOM_RATES_NBK_URL", server.base() + "/nbk/get_rates.cfm?fdate={DD.MM.YYYY}",
                "NEWSROOM_RATES_CBU_URL", server.base() + "/cbu/json/all/{YYYY-MM-DD}/",
                "NEWSROOM_RATES_NBKR_URL", "http://127.0.0.1:" + closedPort + "/XML/",
                "NEWSROOM_RATES_NBT_URL", server.base() + "/nbt/export_xml.php?date={YYYY-MM-DD}&export=xmlout",
                "NEWSROOM_RATES_CBT_URL", "http://127.0.0.1:" + closedPort + "/kurs/{YYYY}/{DDMMYYYY}.xml",
                "NEWSROOM_RATES_RETRY_BACKOFF_SECONDS", "0")));
        MemoryRateBook book = new MemoryRateBook();
        FetchRun run = new FetchRun(SourceFetch.all(new FeedClient(settings.limits()), settings), book,
                new RateValidation(settings.maxMovePercent()), new TmtPegKeeper(settings.tmtPeg()), Clock.systemUTC());

        FetchReport report = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run.run(APRIL_1));

        assertEquals(FetchOutcome.OK, report.of("NBK").orElseThrow().outcome());
        assertEquals(FetchOutcome.OK, report.of("CBU").orElseThrow().outcome());
        SourceReport nbkr = report.of("NBKR").orElseThrow();
        assertEquals(FetchOutcome.FAILED, nbkr.outcome());
        assertTrue(nbkr.message().startsWith("NBKR could not be reached at 127.0.0.1:" + closedPort), nbkr.message());
        assertTrue(nbkr.message().contains("(tried 3 times); cross rate instead. Stored: KGS"), nbkr.message());
        assertEquals("NBT answered HTTP 500 (tried 3 times)", report.of("NBT").orElseThrow().message().split(";")[0]);

        OfficialQuote kgs = book.lastStored("KGS").orElseThrow();
        assertTrue(kgs.derived());
        assertEquals(new BigDecimal("87.526508"), kgs.quote());
        OfficialQuote tjs = book.lastStored("TJS").orElseThrow();
        assertTrue(tjs.derived());
        assertEquals("NBK", tjs.source(), "NBK's file is tried before CBU's");
        // The banks are read at once, so their requests interleave: compared as a set, with NBT's three tries.
        assertEquals(List.of("/cbu/json/all/2026-04-01/", "/cbu/json/all/2026-04-02/",
                "/nbk/get_rates.cfm?fdate=01.04.2026", "/nbk/get_rates.cfm?fdate=02.04.2026",
                "/nbt/export_xml.php?date=2026-04-01&export=xmlout", "/nbt/export_xml.php?date=2026-04-01&export=xmlout",
                "/nbt/export_xml.php?date=2026-04-01&export=xmlout"), server.requests.stream().sorted().toList());
        assertEquals(1, book.status("NBT").getConsecutiveFailures());
    }
}
