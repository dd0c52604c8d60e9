package org.newsroom.rates.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.rates.feed.NoRateForDate;
import org.newsroom.rates.feed.OfficialQuote;
import org.newsroom.rates.feed.RateValidation;
import org.newsroom.rates.held.HeldRate;
import org.newsroom.rates.held.HeldRateStatus;
import org.newsroom.rates.settings.RateSource;
import org.newsroom.rates.status.FetchOutcome;
import org.newsroom.rates.status.RateSourceStatus;

@ExtendWith(QuietLogs.class)
class FetchRunTest {

    /** After every fixture's date: NBK and CBU 01.04, NBT 18.05, NBKR 24.05.2026. */
    private static final LocalDate MAY_25 = LocalDate.of(2026, 5, 25);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-25T04:30:00Z"), ZoneOffset.UTC);

    private final MemoryRateBook book = new MemoryRateBook();

    private FetchReport run(List<SourceFetch> sources, LocalDate today) {
        return new FetchRun(sources, book, new RateValidation(), new TmtPegKeeper(new BigDecimal("3.50")), CLOCK)
                .run(today);
    }

    private static List<SourceFetch> allAnswering() throws Exception {
        return List.of(Canned.answering(Canned.nbk()), Canned.answering(Canned.cbu()),
                Canned.answering(Canned.nbkr()), Canned.answering(Canned.nbt()));
    }

    private static OfficialQuote stored(String currency, LocalDate date, String quote, String source) {
        return new OfficialQuote(currency, date, new BigDecimal(quote), 1, source, false, "stored earlier");
    }

    @Test
    void everyBanksRateIsStoredAndEverySourceReported() throws Exception {
        FetchReport report = run(allAnswering(), MAY_25);

        assertEquals("478.77", book.lastStored("KZT").orElseThrow().quote().toPlainString());
        assertEquals("12194.21", book.lastStored("UZS").orElseThrow().quote().toPlainString());
        assertEquals("87.4500", book.lastStored("KGS").orElseThrow().quote().toPlainString());
        assertEquals("9.3450", book.lastStored("TJS").orElseThrow().quote().toPlainString());
        OfficialQuote tmt = book.lastStored("TMT").orElseThrow();
        assertEquals("3.50", tmt.quote().toPlainString());
        assertEquals(LocalDate.of(2015, 1, 1), tmt.effectiveDate());

        assertEquals(List.of("NBK", "CBU", "NBKR", "NBT", "CBT"),
                report.sources().stream().map(SourceReport::source).toList());
        report.sources().forEach(source -> assertEquals(FetchOutcome.OK, source.outcome(), source.toString()));
        assertTrue(report.of("NBK").orElseThrow().message().startsWith("Stored: KZT"), report.toString());
        assertEquals(5, book.statuses.size());
        assertNull(book.status("NBK").getLastError());
    }

    @Test
    void thePegIsCrossCheckedAgainstTheBanksThatPublishTmt() throws Exception {
        String peg = run(allAnswering(), MAY_25).of("CBT").orElseThrow().message();
        assertTrue(peg.contains("NBT implies"), peg);
        assertTrue(peg.contains("NBKR implies"), peg);
        assertTrue(peg.contains("CBU implies"), peg);
    }

    @Test
    void aSecondRunFindsEverythingStored() throws Exception {
        run(allAnswering(), MAY_25);
        int rows = book.stored.size();

        FetchReport again = run(allAnswering(), MAY_25);

        assertEquals(rows, book.stored.size(), "nothing stored twice");
        assertTrue(again.of("NBK").orElseThrow().message().startsWith("Up to date: KZT"));
        assertEquals(FetchOutcome.OK, again.of("NBK").orElseThrow().outcome());
    }

    @Test
    void aFailingBankNeitherStopsTheOthersNorLeavesItsCurrencyWithoutAStandIn() throws Exception {
        FetchReport report = run(List.of(Canned.answering(Canned.nbk()), Canned.answering(Canned.cbu()),
                Canned.failing(RateSource.NBKR, "NBKR answered HTTP 500 (tried 3 times)"),
                Canned.answering(Canned.nbt())), MAY_25);

        SourceReport nbkr = report.of("NBKR").orElseThrow();
        assertEquals(FetchOutcome.FAILED, nbkr.outcome());
        assertTrue(nbkr.message().startsWith("NBKR answered HTTP 500 (tried 3 times); cross rate instead. Stored: KGS"),
                nbkr.message());
        OfficialQuote kgs = book.lastStored("KGS").orElseThrow();
        assertTrue(kgs.derived());
        assertEquals("NBK", kgs.source());
        assertEquals(new BigDecimal("87.526508"), kgs.quote(), "rounded to the six decimals the database keeps");
        assertTrue(kgs.provenance().startsWith("derived from NBK file of 01.04.2026"), kgs.provenance());
        assertEquals(FetchOutcome.OK, report.of("NBK").orElseThrow().outcome());
        assertEquals(FetchOutcome.OK, report.of("NBT").orElseThrow().outcome());

        RateSourceStatus status = book.status("NBKR");
        assertEquals(1, status.getConsecutiveFailures());
        assertTrue(status.getLastError().startsWith("NBKR answered HTTP 500"));
    }

    @Test
    void aCrossRateDoesNotOverrideTheBanksOwnRateOfTheSameDay() throws Exception {
        book.with(stored("KGS", LocalDate.of(2026, 4, 1), "87.45", "NBKR"));

        FetchReport report = run(List.of(Canned.answering(Canned.nbk()),
                Canned.failing(RateSource.NBKR, "NBKR did not answer within 10 s")), MAY_25);

        assertEquals(1, book.storedOf("KGS").size());
        assertTrue(report.of("NBKR").orElseThrow().message().contains("stays in force"));
    }

    @Test
    void withNoOtherFileTheLastRateSimplyStays() {
        FetchReport report = run(List.of(Canned.failing(RateSource.NBK, "NBK did not answer within 10 s")), MAY_25);
        assertEquals("NBK did not answer within 10 s; no other bank's file gives a cross rate for KZT, so the last "
                + "stored rate stays in force", report.of("NBK").orElseThrow().message());
    }

    @Test
    void aLargeMoveIsHeldOnceAndNotShown() throws Exception {
        book.with(stored("KZT", LocalDate.of(2026, 3, 31), "400.00", "NBK"));

        FetchReport first = run(List.of(Canned.answering(Canned.nbk())), MAY_25);
        FetchReport second = run(List.of(Canned.answering(Canned.nbk())), MAY_25);

        assertEquals(FetchOutcome.HELD, first.of("NBK").orElseThrow().outcome());
        assertTrue(first.of("NBK").orElseThrow().message().contains("held until an editor confirms it"));
        assertTrue(second.of("NBK").orElseThrow().message().endsWith("(held before; see the held rates)"));
        assertEquals(1, book.held.size(), "not held again every half hour");
        assertEquals("400.00", book.lastStored("KZT").orElseThrow().quote().toPlainString(), "the ticker keeps 400");
        HeldRate held = book.held.get(0);
        assertEquals(HeldRateStatus.PENDING, held.getStatus());
        assertEquals(0, new BigDecimal("478.77").compareTo(held.getQuote()));
        assertEquals(0, book.status("NBK").getConsecutiveFailures(), "the bank answered; holding is no failure");
    }

    @Test
    void aDayWithoutRatesIsNoRateAndNoFailure() {
        FetchReport report = run(List.of(SourceFetch.of(RateSource.NBK, day -> {
            throw new NoRateForDate("NBK", day, "Официальных курсов валют на указанную дату нет.");
        })), LocalDate.of(2026, 4, 5));

        SourceReport nbk = report.of("NBK").orElseThrow();
        assertEquals(FetchOutcome.NO_RATE, nbk.outcome());
        assertTrue(nbk.message().endsWith("the last stored rate stays in force"), nbk.message());
        assertEquals(0, book.status("NBK").getConsecutiveFailures());
    }

    @Test
    void nbkrsAfternoonFileForTomorrowIsStoredAtOnce() throws Exception {
        // NBKR publishes the rate of 24.05 on the afternoon of 23.05; it used to be refused until the 24th.
        FetchReport report = run(List.of(Canned.answering(Canned.nbkr())), LocalDate.of(2026, 5, 23));
        SourceReport nbkr = report.of("NBKR").orElseThrow();
        assertEquals(FetchOutcome.OK, nbkr.outcome(), nbkr.message());
        assertTrue(nbkr.message().contains("it goes on the ticker on 2026-05-24"), nbkr.message());
        assertEquals(LocalDate.of(2026, 5, 24), book.storedOf("KGS").get(0).effectiveDate());
    }

    @Test
    void aFaultInOneSourceAffectsOnlyThatSource() throws Exception {
        FetchReport report = run(List.of(SourceFetch.of(RateSource.NBK, day -> {
            throw new IllegalStateException("bug");
        }), Canned.answering(Canned.cbu())), MAY_25);

        assertEquals("Reading NBK failed unexpectedly: java.lang.IllegalStateException: bug",
                report.of("NBK").orElseThrow().message().split(";")[0]);
        assertEquals(FetchOutcome.OK, report.of("CBU").orElseThrow().outcome());
    }

    @Test
    void aDatabaseErrorWhileStoringOneRateLeavesTheOthers() throws Exception {
        book.failStoring = "UZS";

        FetchReport report = run(allAnswering(), MAY_25);

        assertEquals("The UZS rate from CBU could not be saved: connection to the database lost",
                report.of("CBU").orElseThrow().message());
        assertEquals(FetchOutcome.FAILED, report.of("CBU").orElseThrow().outcome());
        assertEquals(1, book.storedOf("KZT").size());
        assertEquals(1, book.storedOf("TJS").size());
    }

    @Test
    void failuresAreCountedUntilTheBankAnswersAgainAndTheLastErrorIsKept() throws Exception {
        List<SourceFetch> failing = List.of(Canned.failing(RateSource.CBU, "CBU answered HTTP 503 (tried 3 times)"));
        run(failing, MAY_25);
        run(failing, MAY_25);
        assertEquals(2, book.status("CBU").getConsecutiveFailures());

        run(List.of(Canned.answering(Canned.cbu())), MAY_25);

        RateSourceStatus status = book.status("CBU");
        assertEquals(0, status.getConsecutiveFailures());
        assertEquals(FetchOutcome.OK, status.getLastOutcome());
        assertTrue(status.getLastError().startsWith("CBU answered HTTP 503"), "still shown to staff");
    }

    @Test
    void theConfiguredPegDoesNotOverwriteAStoredManatRate() {
        book.with(stored("TMT", LocalDate.of(2015, 1, 1), "3.50", "Official peg"));

        FetchReport report = new FetchRun(List.of(), book, new RateValidation(),
                new TmtPegKeeper(new BigDecimal("3.60")), CLOCK).run(MAY_25);

        assertEquals(1, book.storedOf("TMT").size());
        String message = report.of("CBT").orElseThrow().message();
        assertTrue(message.contains("NEWSROOM_RATES_TMT_PEG says 3.60"), message);
    }

    @Test
    void computedRatesAreRoundedToTheStoredScaleOnly() {
        OfficialQuote published = stored("KGS", MAY_25, "87.4500", "NBKR");
        assertEquals(published, FetchRun.storable(published), "a published rate is kept as it is");
        OfficialQuote cross = new OfficialQuote("UZS", MAY_25, new BigDecimal("12182.4427481"), 1, "NBK", true, "x");
        assertEquals(new BigDecimal("12182.442748"), FetchRun.storable(cross).quote());
        assertFalse(FetchRun.storable(cross).provenance().isEmpty());
    }
}
