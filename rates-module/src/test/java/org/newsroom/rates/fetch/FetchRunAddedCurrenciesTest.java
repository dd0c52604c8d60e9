package org.newsroom.rates.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.rates.feed.OfficialQuote;
import org.newsroom.rates.feed.RateValidation;
import org.newsroom.rates.settings.RateSource;
import org.newsroom.rates.settings.RateSourceSettings;
import org.newsroom.rates.settings.SettingsSource;
import org.newsroom.rates.status.FetchOutcome;

/** RUB, EUR and CNY on the ticker: derived in every run when NEWSROOM_TICKER_CURRENCIES lists them, else not. */
@ExtendWith(QuietLogs.class)
class FetchRunAddedCurrenciesTest {

    private static final LocalDate MAY_25 = LocalDate.of(2026, 5, 25);
    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-25T04:30:00Z"), ZoneOffset.UTC);

    private final MemoryRateBook book = new MemoryRateBook();

    private FetchReport run(String tickerCurrencies, List<SourceFetch> sources) {
        Map<String, String> environment = tickerCurrencies == null ? Map.of()
                : Map.of("NEWSROOM_TICKER_CURRENCIES", tickerCurrencies);
        RateSourceSettings settings = RateSourceSettings.from(SettingsSource.of(environment));
        return new FetchRun(sources, book, new RateValidation(), new TmtPegKeeper(new BigDecimal("3.50")), CLOCK,
                settings.addedTickerCurrencies()).run(MAY_25);
    }

    private static List<SourceFetch> allAnswering() throws Exception {
        return List.of(Canned.answering(Canned.nbk()), Canned.answering(Canned.cbu()),
                Canned.answering(Canned.nbkr()), Canned.answering(Canned.nbt()));
    }

    @Test
    void aConfiguredEuroIsStoredAsDerivedFromTheTengeFile() throws Exception {
        FetchReport report = run("KGS, KZT, TJS, UZS, TMT, EUR", allAnswering());

        OfficialQuote eur = book.lastStored("EUR").orElseThrow();
        assertTrue(eur.derived());
        assertEquals("NBK", eur.source());
        assertEquals(APRIL_1, eur.effectiveDate());
        assertEquals(new BigDecimal("0.871918"), eur.quote(), "478.77 / 549.10, to the six decimals stored");
        assertTrue(eur.provenance().startsWith("derived from NBK file of 01.04.2026: USD 478.77 KZT per 1 / EUR"),
                eur.provenance());

        SourceReport status = report.of("EUR").orElseThrow();
        assertEquals(FetchOutcome.OK, status.outcome());
        assertTrue(status.message().startsWith("Cross rate. Stored: EUR"), status.message());
        assertEquals(FetchOutcome.OK, book.status("EUR").getLastOutcome());
        assertEquals(List.of("NBK", "CBU", "NBKR", "NBT", "CBT", "EUR"),
                report.sources().stream().map(SourceReport::source).toList());
    }

    @Test
    void rubleAndYuanComeFromTheSomsDailyFileWhichHasThem() throws Exception {
        run("RUB,CNY", allAnswering());

        OfficialQuote rub = book.lastStored("RUB").orElseThrow();
        assertEquals(new BigDecimal("71.312077"), rub.quote());
        assertEquals("NBKR", rub.source());
        assertTrue(rub.derived());
        assertEquals(new BigDecimal("6.794502"), book.lastStored("CNY").orElseThrow().quote());
    }

    @Test
    void withoutThemInTheListNothingChanges() throws Exception {
        FetchReport defaults = run(null, allAnswering());
        FetchReport others = run("KZT, GBP", allAnswering());

        for (String currency : List.of("RUB", "EUR", "CNY")) {
            assertTrue(book.storedOf(currency).isEmpty(), currency);
        }
        assertEquals(List.of("NBK", "CBU", "NBKR", "NBT", "CBT"),
                defaults.sources().stream().map(SourceReport::source).toList());
        assertEquals(defaults.sources().size(), others.sources().size());
        assertEquals(5, book.statuses.size());
    }

    @Test
    void theSomsFileStandsInWhenTheTengeFileFails() throws Exception {
        run("EUR", List.of(Canned.failing(RateSource.NBK, "NBK answered HTTP 500 (tried 3 times)"),
                Canned.answering(Canned.nbkr())));

        OfficialQuote eur = book.lastStored("EUR").orElseThrow();
        assertEquals("NBKR", eur.source());
        assertEquals(LocalDate.of(2026, 5, 24), eur.effectiveDate());
        assertEquals(new BigDecimal("0.861512"), eur.quote());
    }

    @Test
    void aSecondRunStoresNothingTwice() throws Exception {
        run("EUR", allAnswering());
        FetchReport again = run("EUR", allAnswering());

        assertEquals(1, book.storedOf("EUR").size());
        assertTrue(again.of("EUR").orElseThrow().message().startsWith("Cross rate. Up to date: EUR"),
                again.of("EUR").orElseThrow().message());
    }

    @Test
    void theDaysFigureFromTheTengeFileIsNotReplacedByTheSomsFile() throws Exception {
        OfficialQuote fromNbk = new OfficialQuote("EUR", LocalDate.of(2026, 5, 24), new BigDecimal("0.871918"), 1,
                "NBK", true, "derived from NBK file of 24.05.2026");
        book.with(fromNbk);

        FetchReport report = run("EUR", List.of(Canned.answering(Canned.nbkr())));

        assertEquals(List.of(fromNbk), book.storedOf("EUR"));
        String message = report.of("EUR").orElseThrow().message();
        assertTrue(message.startsWith("The EUR rate of 2026-05-24 from NBK stays in force"), message);
    }

    @Test
    void aLargeMoveIsHeldLikeAnyBanksRate() throws Exception {
        book.with(new OfficialQuote("EUR", LocalDate.of(2026, 3, 31), new BigDecimal("0.70"), 1, "NBK", true,
                "stored earlier"));

        FetchReport report = run("EUR", allAnswering());

        assertEquals(FetchOutcome.HELD, report.of("EUR").orElseThrow().outcome());
        assertEquals(1, book.storedOf("EUR").size(), "the ticker keeps the figure in force");
        assertEquals("EUR", book.held.get(0).getCurrency());
    }

    @Test
    void withNoFileToWorkFromTheLastRateStaysAndStaffAreTold() throws Exception {
        OfficialQuote lastGood = new OfficialQuote("RUB", APRIL_1, new BigDecimal("81.56"), 1, "NBK", true, "earlier");
        book.with(lastGood);

        FetchReport report = run("RUB", List.of(Canned.failing(RateSource.NBK, "NBK did not answer within 10 s"),
                Canned.failing(RateSource.NBKR, "NBKR answered HTTP 503 (tried 3 times)")));

        SourceReport rub = report.of("RUB").orElseThrow();
        assertEquals(FetchOutcome.FAILED, rub.outcome());
        assertTrue(rub.message().contains("No file read in this run gives RUB"), rub.message());
        assertTrue(rub.message().endsWith("the last stored RUB rate stays in force"), rub.message());
        assertEquals(lastGood, book.lastStored("RUB").orElseThrow());
    }
}
