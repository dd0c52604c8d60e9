package org.newsroom.rates.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.rates.feed.CbtRatesParser;
import org.newsroom.rates.feed.FeedException;
import org.newsroom.rates.feed.OfficialQuote;
import org.newsroom.rates.feed.RateTable;
import org.newsroom.rates.feed.RateValidation;
import org.newsroom.rates.feed.TmtPeg;
import org.newsroom.rates.settings.RateSource;
import org.newsroom.rates.status.FetchOutcome;

/** The manat: the Central Bank of Turkmenistan's file when it answers, the configured peg otherwise. */
@ExtendWith(QuietLogs.class)
class FetchRunManatTest {

    private static final LocalDate MAY_20 = LocalDate.of(2026, 5, 20);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-20T04:30:00Z"), ZoneOffset.UTC);

    private final MemoryRateBook book = new MemoryRateBook().with(
            new TmtPeg(new BigDecimal("3.50"), TmtPeg.DEFAULT_SINCE, TmtPeg.DEFAULT_TOLERANCE_PERCENT).quote());

    private FetchReport run(SourceFetch cbt, String configuredPeg) throws Exception {
        return new FetchRun(List.of(Canned.answering(Canned.nbt()), cbt), book, new RateValidation(),
                new TmtPegKeeper(new BigDecimal(configuredPeg)), CLOCK).run(MAY_20);
    }

    private static SourceFetch cbtFile(String file) {
        return SourceFetch.of(RateSource.CBT, day -> {
            RateTable table = new CbtRatesParser().parse(TestFeedServer.fixture(file), day);
            return new FetchedRates(RateSource.CBT, table.usdQuote(), List.of(table), null);
        });
    }

    @Test
    void whenTheBanksFileAnswersItIsTheSourceInForce() throws Exception {
        SourceReport cbt = run(cbtFile("cbt-2026-05-20.xml"), "3.50").of("CBT").orElseThrow();

        assertEquals(FetchOutcome.OK, cbt.outcome(), cbt.message());
        OfficialQuote tmt = book.lastStored("TMT").orElseThrow();
        assertEquals(MAY_20, tmt.effectiveDate());
        assertEquals("CBT file of 20.05.2026: 3.5 TMT per 1 USD", tmt.provenance(), "the ticker names the file");
        assertTrue(cbt.message().startsWith("CBT file read (CBT file of 20.05.2026: 3.5 TMT per 1 USD), agrees with"
                + " the configured peg 3.50. Stored: TMT"), cbt.message());
        assertTrue(cbt.message().contains("NBT implies"), "the other banks are checked against the file: " + cbt.message());
    }

    @Test
    void whenTheBanksFileIsUnreachableTheConfiguredPegStaysAndSaysSo() throws Exception {
        SourceReport cbt = run(SourceFetch.of(RateSource.CBT, day -> {
            throw new FeedException("CBT could not be reached: the name cbt.tm could not be looked up");
        }), "3.50").of("CBT").orElseThrow();

        assertEquals(FetchOutcome.FAILED, cbt.outcome(), "staff see that the bank did not answer");
        assertTrue(cbt.message().startsWith("CBT could not be reached: the name cbt.tm could not be looked up; "
                + "in force: 3.50 TMT per USD since 2015-01-01 (configured peg of the Central Bank of Turkmenistan"),
                cbt.message());
        OfficialQuote tmt = book.lastStored("TMT").orElseThrow();
        assertTrue(tmt.provenance().startsWith(TmtPeg.PROVENANCE_START), tmt.provenance());
        assertEquals(1, book.storedOf("TMT").size(), "nothing new stored");
    }

    @Test
    void aFileThatDisagreesWithTheConfiguredPegIsHeldForAnEditor() throws Exception {
        // The file says 3.5; the newsroom configured 3.60 (a peg it believes has moved): 2.78 % apart.
        SourceReport cbt = run(cbtFile("cbt-2026-05-20.xml"), "3.60").of("CBT").orElseThrow();

        assertEquals(FetchOutcome.HELD, cbt.outcome(), cbt.message());
        assertTrue(cbt.message().contains("-2.78% from the configured peg (NEWSROOM_RATES_TMT_PEG 3.60)"), cbt.message());
        assertEquals(1, book.held.size());
        assertEquals(1, book.storedOf("TMT").size(), "the ticker keeps the rate in force");
    }

    @Test
    void theBanksFileStandsInWithCrossRatesWhenAnotherBankFails() throws Exception {
        FetchReport report = new FetchRun(List.of(Canned.failing(RateSource.NBK, "NBK answered HTTP 500"),
                cbtFile("cbt-2026-05-20.xml")), new MemoryRateBook(), new RateValidation(),
                new TmtPegKeeper(new BigDecimal("3.50")), CLOCK).run(MAY_20);

        assertTrue(report.of("NBK").orElseThrow().message().contains("cross rate instead. Stored: KZT"),
                report.of("NBK").orElseThrow().message());
    }
}
