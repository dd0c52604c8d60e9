package org.newsroom.rates.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsroom.rates.feed.FeedException;
import org.newsroom.rates.feed.NoRateForDate;
import org.newsroom.rates.feed.OfficialQuote;
import org.newsroom.rates.fetch.http.FeedClient;
import org.newsroom.rates.fetch.http.FeedUrl;
import org.newsroom.rates.fetch.http.FetchLimits;

/** Each bank's address, download and parser together, against the parsers' own fixtures on a local server. */
class SourceFetchTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);
    private static final LocalDate MAY_18 = LocalDate.of(2026, 5, 18);

    private final TestFeedServer server = new TestFeedServer();
    private final FeedClient client = new FeedClient(new FetchLimits(Duration.ofSeconds(1), Duration.ofSeconds(1),
            FetchLimits.DEFAULT_MAX_BYTES, 2, Duration.ZERO), pause -> { });

    @AfterEach
    void stopServer() {
        server.close();
    }

    private FeedUrl url(String template) {
        return FeedUrl.parse(server.base() + template, "test");
    }

    @Test
    void nbkIsAskedForTheDayInItsOwnDateFormat() throws Exception {
        server.serving("/nbk/", "nbk-2026-04-01.xml");
        SourceFetch nbk = SourceFetch.nbk(client, url("/nbk/get_rates.cfm?fdate={DD.MM.YYYY}"));

        FetchedRates rates = nbk.fetch(APRIL_1);

        assertEquals(List.of("/nbk/get_rates.cfm?fdate=01.04.2026", "/nbk/get_rates.cfm?fdate=02.04.2026"),
                server.requests, "today's file, then tomorrow's (here the same file again: not published yet)");
        assertNull(rates.aheadQuote());
        OfficialQuote kzt = rates.usdQuote();
        assertEquals("KZT", kzt.currency());
        assertEquals("478.77", kzt.quote().toPlainString());
        assertEquals(APRIL_1, kzt.effectiveDate());
        assertTrue(rates.usdTable().find("KGS").isPresent(), "the KGS row is kept for cross rates");
        assertNull(rates.remark());
    }

    @Test
    void nbksAnswerThatItHasNoRatesIsNoRateNotAFailure() {
        server.serving("/nbk/", "nbk-no-rates-2026-04-05.xml");
        SourceFetch nbk = SourceFetch.nbk(client, url("/nbk/get_rates.cfm?fdate={DD.MM.YYYY}"));

        NoRateForDate e = assertThrows(NoRateForDate.class, () -> nbk.fetch(LocalDate.of(2026, 4, 5)));
        assertEquals("NBK", e.source());
    }

    @Test
    void cbuIsAskedForTheDayInItsPath() throws Exception {
        server.serving("/cbu/", "cbu-2026-04-01.json");
        SourceFetch cbu = SourceFetch.cbu(client, url("/cbu/json/all/{YYYY-MM-DD}/"));

        OfficialQuote uzs = cbu.fetch(APRIL_1).usdQuote();

        assertEquals(List.of("/cbu/json/all/2026-04-01/", "/cbu/json/all/2026-04-02/"), server.requests);
        assertEquals("UZS", uzs.currency());
        assertEquals("12194.21", uzs.quote().toPlainString());
    }

    @Test
    void nbkrReadsTheDailyAndTheWeeklyFileFromItsFolder() throws Exception {
        server.serving("/nbkr/daily.xml", "nbkr-daily-2026-05-24.xml");
        server.serving("/nbkr/weekly.xml", "nbkr-weekly-2026-05-23.xml");
        SourceFetch nbkr = SourceFetch.nbkr(client, url("/nbkr"));

        FetchedRates rates = nbkr.fetch(LocalDate.of(2026, 5, 25));

        assertEquals(List.of("/nbkr/daily.xml", "/nbkr/weekly.xml"), server.requests);
        assertEquals("87.4500", rates.usdQuote().quote().toPlainString());
        assertEquals(LocalDate.of(2026, 5, 24), rates.usdQuote().effectiveDate(), "the file's own date");
        assertEquals(2, rates.tables().size());
        assertTrue(rates.tableWith("TMT").isPresent(), "TMT from the weekly file");
    }

    @Test
    void nbkrWithoutItsWeeklyFileStillGivesTheSomsRate() throws Exception {
        server.serving("/nbkr/daily.xml", "nbkr-daily-2026-05-24.xml");
        server.on("/nbkr/weekly.xml", exchange -> TestFeedServer.send(exchange, 404, new byte[0]));

        FetchedRates rates = SourceFetch.nbkr(client, url("/nbkr/")).fetch(LocalDate.of(2026, 5, 25));

        assertEquals("87.4500", rates.usdQuote().quote().toPlainString());
        assertEquals(1, rates.tables().size());
        assertEquals("the weekly file was not used: NBKR answered HTTP 404", rates.remark());
    }

    @Test
    void nbtIsAskedForTheDay() throws Exception {
        server.serving("/nbt/", "nbt-2026-05-18.xml");
        SourceFetch nbt = SourceFetch.nbt(client, url("/nbt/export_xml.php?date={YYYY-MM-DD}&export=xmlout"));

        OfficialQuote tjs = nbt.fetch(MAY_18).usdQuote();

        assertEquals(List.of("/nbt/export_xml.php?date=2026-05-18&export=xmlout"), server.requests);
        assertEquals("9.3450", tjs.quote().toPlainString());
    }

    @Test
    void nbtAnsweringWithAnOlderFileMeansNotPublishedYet() {
        server.serving("/nbt/", "nbt-2026-05-17.xml");
        SourceFetch nbt = SourceFetch.nbt(client, url("/nbt/?date={YYYY-MM-DD}"));

        NoRateForDate e = assertThrows(NoRateForDate.class, () -> nbt.fetch(MAY_18));
        assertTrue(e.getMessage().startsWith("NBT has published no rates for 2026-05-18"), e.getMessage());
    }

    @Test
    void nbtAnsweringWithALaterFileIsAWrongAnswer() {
        server.serving("/nbt/", "nbt-2026-05-18.xml");
        SourceFetch nbt = SourceFetch.nbt(client, url("/nbt/?date={YYYY-MM-DD}"));

        FeedException e = assertThrows(FeedException.class, () -> nbt.fetch(LocalDate.of(2026, 5, 17)));
        assertEquals("NBT sent the file for 2026-05-18 when 2026-05-17 was asked", e.getMessage());
    }

    @Test
    void anEmptyAnswerIsReportedByTheParserAndNotRetried() {
        server.on("/nbk/", exchange -> TestFeedServer.send(exchange, 200, new byte[0]));
        SourceFetch nbk = SourceFetch.nbk(client, url("/nbk/?fdate={DD.MM.YYYY}"));

        FeedException e = assertThrows(FeedException.class, () -> nbk.fetch(APRIL_1));

        assertEquals("The response from NBK was empty", e.getMessage());
        assertEquals(1, server.requests.size(), "a parse error is not a reason to ask again");
    }

    @Test
    void anErrorPageSentWithStatus200IsRecognised() {
        server.serving("/cbu/", "error-page.html");
        FeedException e = assertThrows(FeedException.class,
                () -> SourceFetch.cbu(client, url("/cbu/{YYYY-MM-DD}/")).fetch(APRIL_1));
        assertEquals("CBU answered with an HTML page instead of JSON", e.getMessage());
    }

    @Test
    void aServerErrorIsAFeedExceptionNamingTheBank() {
        server.on("/nbt/", exchange -> TestFeedServer.send(exchange, 502,
                "Bad gateway".getBytes(StandardCharsets.UTF_8)));
        FeedException e = assertThrows(FeedException.class,
                () -> SourceFetch.nbt(client, url("/nbt/?date={YYYY-MM-DD}")).fetch(MAY_18));
        assertEquals("NBT answered HTTP 502 (tried 2 times)", e.getMessage());
    }

    @Test
    void nbksRateForTomorrowIsReadOnceItIsPublished() throws Exception {
        server.on("/nbk/", exchange -> TestFeedServer.send(exchange, 200, TestFeedServer.fixture(
                exchange.getRequestURI().getQuery().endsWith("02.04.2026") ? "nbk-2026-04-02.xml" : "nbk-2026-04-01.xml")));
        SourceFetch nbk = SourceFetch.nbk(client, url("/nbk/get_rates.cfm?fdate={DD.MM.YYYY}"));

        FetchedRates rates = nbk.fetch(APRIL_1);

        assertEquals("478.77", rates.usdQuote().quote().toPlainString());
        OfficialQuote tomorrow = rates.aheadQuote();
        assertEquals(APRIL_1.plusDays(1), tomorrow.effectiveDate());
        assertEquals("477.10", tomorrow.quote().toPlainString());
        assertNull(rates.remark());
    }

    @Test
    void cbtsDailyFileIsAskedForByItsOwnPath() throws Exception {
        server.serving("/kurs/", "cbt-2026-05-20.xml");
        SourceFetch cbt = SourceFetch.cbt(client, url("/kurs/{YYYY}/{DDMMYYYY}.xml"));

        OfficialQuote tmt = cbt.fetch(LocalDate.of(2026, 5, 20)).usdQuote();

        assertEquals(List.of("/kurs/2026/20052026.xml"), server.requests);
        assertEquals("3.5", tmt.quote().toPlainString());
    }
}
