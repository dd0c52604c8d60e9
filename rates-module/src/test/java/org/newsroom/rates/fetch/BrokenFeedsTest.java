package org.newsroom.rates.fetch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpHandler;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsroom.rates.feed.OfficialQuote;
import org.newsroom.rates.feed.RateValidation;
import org.newsroom.rates.fetch.http.EndlessBody;
import org.newsroom.rates.fetch.http.FeedClient;
import org.newsroom.rates.fetch.http.FetchLimits;
import org.newsroom.rates.settings.RateSource;
import org.newsroom.rates.settings.RateSourceSettings;
import org.newsroom.rates.settings.SettingsSource;
import org.newsroom.rates.status.FetchOutcome;
import org.newsroom.rates.status.RateSourceStatus;
import org.newsroom.rates.ticker.UsdFigures;

/**
 * Every way a bank's answer went wrong in practice, end to end: the JDK HTTP server plays the bank, and the
 * real FeedClient, parsers, validation and FetchRun handle it against a book that holds the last good rate.
 * A broken answer must leave that rate on the ticker, tell staff in plain words what happened, and never
 * throw; the awkward but valid answers (windows-1251, decimal comma) must be stored.
 */
@ExtendWith(QuietLogs.class)
class BrokenFeedsTest {

    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);
    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);
    private static final LocalDate MAY_17 = LocalDate.of(2026, 5, 17);
    private static final LocalDate MAY_18 = LocalDate.of(2026, 5, 18);
    private static final LocalDate MAY_25 = LocalDate.of(2026, 5, 25);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-25T04:30:00Z"), ZoneOffset.UTC);

    /** Milliseconds, so a bank that hangs costs two tries of 300 ms; a 500 is retried once, without a pause. */
    private static final FetchLimits TINY_LIMITS = new FetchLimits(Duration.ofMillis(500), Duration.ofMillis(300),
            FetchLimits.DEFAULT_MAX_BYTES, 2, Duration.ZERO);

    /** The rate in force before the run, per bank, and what the ticker shows for it. */
    private static final Map<RateSource, InForce> LAST_GOOD = Map.of(
            RateSource.NBK, new InForce(stored("KZT", MARCH_31, "481.54", "NBK"), "0.00208"),
            RateSource.CBU, new InForce(stored("UZS", MARCH_31, "12210.71", "CBU"), "0.0000819"),
            RateSource.NBKR, new InForce(stored("KGS", LocalDate.of(2026, 5, 23), "87.4500", "NBKR"), "0.01144"),
            RateSource.NBT, new InForce(stored("TJS", MAY_17, "9.3366", "NBT"), "0.10711"));
    /** Stored beforehand so that the peg keeper has nothing to add: any new row would be the bank's. */
    private static final OfficialQuote TMT_PEG = stored("TMT", LocalDate.of(2015, 1, 1), "3.50", "CBT");

    private final TestFeedServer server = new TestFeedServer();
    private final MemoryRateBook book = new MemoryRateBook();

    @AfterEach
    void stopServer() {
        server.close();
    }

    static Stream<Case> brokenFeeds() {
        EndlessBody fiftyMegabytes = new EndlessBody(50L * 1024 * 1024);
        return Stream.of(
                new Case("HTTP 500", RateSource.NBK, APRIL_1, answering(500, "Internal Server Error"),
                        FetchOutcome.FAILED, "NBK answered HTTP 500", "tried 2 times"),
                new Case("a timeout", RateSource.CBU, APRIL_1, hanging(),
                        FetchOutcome.FAILED, "CBU did not answer within 300 ms", "tried 2 times"),
                new Case("an empty body", RateSource.NBKR, MAY_25, answering(200, ""),
                        FetchOutcome.FAILED, "The response from NBKR was empty"),
                new Case("an HTML error page instead of JSON", RateSource.CBU, APRIL_1, serving("error-page.html"),
                        FetchOutcome.FAILED, "CBU answered with an HTML page instead of JSON"),
                new Case("malformed XML", RateSource.NBT, MAY_18, serving("nbt-malformed.xml"),
                        FetchOutcome.FAILED, "NBT sent broken XML (line 11", "not used"),
                new Case("truncated JSON", RateSource.CBU, APRIL_1, serving("cbu-truncated.json"),
                        FetchOutcome.FAILED, "CBU sent JSON that is cut off before its end", "not used"),
                new Case("USD missing from the file", RateSource.NBK, APRIL_1, serving("nbk-without-usd.xml"),
                        FetchOutcome.FAILED, "USD is missing from the NBK file of 01.04.2026"),
                new Case("a zero rate", RateSource.NBK, APRIL_1, serving("nbk-zero-usd.xml"),
                        FetchOutcome.FAILED, "rate of USD in the NBK file of 01.04.2026 is 0.00", "above zero"),
                new Case("a negative rate", RateSource.CBU, APRIL_1, serving("cbu-negative-usd.json"),
                        FetchOutcome.FAILED, "rate of USD in the CBU file of 01.04.2026 is -12194.21", "above zero"),
                new Case("a 50 MB response", RateSource.NBT, MAY_18, (srv, path) -> srv.on(path, fiftyMegabytes),
                        FetchOutcome.FAILED, "The response from NBT is larger than 2 MB", "not used")
                        .alsoChecking(fiftyMegabytes::assertCutOffAtTheLimit),
                new Case("NBT answering a later date than asked", RateSource.NBT, MAY_17, serving("nbt-2026-05-18.xml"),
                        FetchOutcome.FAILED, "NBT sent the file for 2026-05-18 when 2026-05-17 was asked"),
                new Case("NBT answering an earlier date than asked", RateSource.NBT, MAY_18,
                        serving("nbt-2026-05-17.xml"), FetchOutcome.NO_RATE,
                        "NBT has published no rates for 2026-05-18", "the file of 2026-05-17"),
                new Case("NBK's \"no data for this date\"", RateSource.NBK, LocalDate.of(2026, 4, 5),
                        serving("nbk-no-rates-2026-04-05.xml"), FetchOutcome.NO_RATE,
                        "NBK has published no rates for 2026-04-05", "на указанную дату нет"),
                new Case("a duplicate of the day already stored", RateSource.NBK, APRIL_1,
                        serving("nbk-2026-04-01.xml"), FetchOutcome.OK,
                        "Up to date", "KZT for 2026-04-01 is already stored with the same rate 478.77")
                        .inForce(new InForce(stored("KZT", APRIL_1, "478.77", "NBK"), "0.00209")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFeeds")
    void theLastGoodRateStaysOnTheTickerAndStaffAreToldWhy(Case broken) {
        List<OfficialQuote> before = prepare(broken);

        FetchReport report = runWithoutAnExceptionEscaping(broken);

        String currency = broken.bank().currency();
        assertEquals(before, book.stored, "nothing new stored");
        assertTrue(book.held.isEmpty(), "nothing held either");
        assertEquals(broken.inForce().quote(), book.lastStored(currency).orElseThrow());
        assertEquals(broken.inForce().tickerShows(), tickerFigure(currency));

        RateSourceStatus status = book.status(broken.bank().name());
        String message = status.getLastMessage();
        assertEquals(broken.outcome(), status.getLastOutcome(), message);
        assertEquals(report.of(broken.bank().name()).orElseThrow().message(), message);
        broken.words().forEach(word -> assertTrue(message.contains(word), "\"" + word + "\" in: " + message));
        assertFalse(message.contains("Exception"), "plain words: " + message);
        if (broken.outcome() != FetchOutcome.OK) {
            assertTrue(message.contains("stays in force"), message);
        }
        if (broken.outcome() == FetchOutcome.FAILED) {
            assertEquals(message, status.getLastError());
            assertEquals(1, status.getConsecutiveFailures());
        }
        broken.alsoCheck().run();
    }

    static Stream<Case> awkwardButValidFeeds() {
        return Stream.of(
                new Case("windows-1251 bytes without a charset header", RateSource.NBKR, MAY_25,
                        (server, path) -> server.on(path, withoutCharset("nbkr-daily-2026-05-24.xml")),
                        FetchOutcome.OK, "Stored: KGS", "NBKR daily file of 24.05.2026")
                        .alsoChecking(() -> assertTrue(hasNonAsciiBytes("nbkr-daily-2026-05-24.xml"),
                                "the file's Cyrillic must reach the parser as windows-1251 bytes")),
                new Case("a decimal comma (NBKR)", RateSource.NBKR, MAY_25, serving("nbkr-daily-2026-05-24.xml"),
                        FetchOutcome.OK, "Stored: KGS", "87.4500 KGS per 1 USD")
                        .alsoChecking(() -> assertTrue(new String(TestFeedServer.fixture("nbkr-daily-2026-05-24.xml"),
                                StandardCharsets.ISO_8859_1).contains("<Value>87,4500</Value>"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("awkwardButValidFeeds")
    void theRateIsReadAndStored(Case valid) {
        List<OfficialQuote> before = prepare(valid);

        runWithoutAnExceptionEscaping(valid);

        assertEquals(before.size() + 1, book.stored.size(), "one new row");
        OfficialQuote kgs = book.lastStored("KGS").orElseThrow();
        assertEquals("87.4500", kgs.quote().toPlainString(), "the comma read as a decimal point, scale kept");
        assertEquals(LocalDate.of(2026, 5, 24), kgs.effectiveDate());
        assertFalse(kgs.derived());
        assertEquals("0.01144", tickerFigure("KGS"));
        RateSourceStatus status = book.status("NBKR");
        assertEquals(FetchOutcome.OK, status.getLastOutcome(), status.getLastMessage());
        valid.words().forEach(word -> assertTrue(status.getLastMessage().contains(word), status.getLastMessage()));
        valid.alsoCheck().run();
    }

    private List<OfficialQuote> prepare(Case feed) {
        feed.mount().on(server, "/" + feed.bank().name().toLowerCase(Locale.ROOT) + "/");
        book.with(feed.inForce().quote(), TMT_PEG);
        return List.copyOf(book.stored);
    }

    private FetchReport runWithoutAnExceptionEscaping(Case feed) {
        FetchRun run = new FetchRun(List.of(source(feed.bank())), book, new RateValidation(),
                new TmtPegKeeper(new BigDecimal("3.50")), CLOCK);
        return assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertDoesNotThrow(() -> run.run(feed.today()), "an exception escaped FetchRun"));
    }

    /** The bank's fetch as production builds it, from settings naming this server, with the tiny limits. */
    private SourceFetch source(RateSource bank) {
        String base = server.base();
        RateSourceSettings settings = RateSourceSettings.from(SettingsSource.of(Map.of(
                "NEWSROOM_RATES_NBK_URL", base + "/nbk/get_rates.cfm?fdate={DD.MM.YYYY}",
                "NEWSROOM_RATES_CBU_URL", base + "/cbu/json/all/{YYYY-MM-DD}/",
                "NEWSROOM_RATES_NBKR_URL", base + "/nbkr/",
                "NEWSROOM_RATES_NBT_URL", base + "/nbt/export_xml.php?date={YYYY-MM-DD}&export=xmlout")));
        return SourceFetch.all(new FeedClient(TINY_LIMITS), settings).stream()
                .filter(fetch -> fetch.source() == bank).findFirst().orElseThrow();
    }

    /** The figure the ticker prints for the rate in force. */
    private String tickerFigure(String currency) {
        return UsdFigures.value(book.lastStored(currency).orElseThrow().usdPerUnit());
    }

    private static OfficialQuote stored(String currency, LocalDate date, String quote, String source) {
        return new OfficialQuote(currency, date, new BigDecimal(quote), 1, source, false, "stored earlier");
    }

    private static boolean hasNonAsciiBytes(String fixture) {
        for (byte b : TestFeedServer.fixture(fixture)) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** The rate in force before the run and the ticker's figure for it. */
    record InForce(OfficialQuote quote, String tickerShows) {
    }

    /** Puts a bank's answer on the server under the bank's path, e.g. "/nbkr/". */
    @FunctionalInterface
    interface Mount {
        void on(TestFeedServer server, String path);
    }

    /**
     * @param words     what the status message must say, in the words staff read
     * @param alsoCheck anything particular to the case
     */
    record Case(String name, RateSource bank, LocalDate today, Mount mount, FetchOutcome outcome,
                List<String> words, InForce inForce, Runnable alsoCheck) {

        Case(String name, RateSource bank, LocalDate today, Mount mount, FetchOutcome outcome, String... words) {
            this(name, bank, today, mount, outcome, List.of(words), LAST_GOOD.get(bank), () -> { });
        }

        Case inForce(InForce other) {
            return new Case(name, bank, today, mount, outcome, words, other, alsoCheck);
        }

        Case alsoChecking(Runnable check) {
            return new Case(name, bank, today, mount, outcome, words, inForce, check);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Mount serving(String fixture) {
        return (server, path) -> server.serving(path, fixture);
    }

    private static Mount answering(int status, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return (server, path) -> server.on(path, exchange -> TestFeedServer.send(exchange, status, bytes));
    }

    /** Accepts the request and never answers; closing the server interrupts the wait. */
    private static Mount hanging() {
        return (server, path) -> server.on(path, exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** NBKR's habit: windows-1251 named only inside the XML, the header's Content-Type has no charset. */
    private static HttpHandler withoutCharset(String daily) {
        return exchange -> {
            String file = exchange.getRequestURI().getPath().endsWith("weekly.xml")
                    ? "nbkr-weekly-2026-05-23.xml" : daily;
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            TestFeedServer.send(exchange, 200, TestFeedServer.fixture(file));
        };
    }
}
