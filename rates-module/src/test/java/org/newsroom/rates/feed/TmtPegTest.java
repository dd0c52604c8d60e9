package org.newsroom.rates.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.rates.feed.Fixtures.bytes;
import static org.newsroom.rates.feed.Fixtures.utf8;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsroom.rates.ticker.UsdFigures;

class TmtPegTest {

    private static final LocalDate MAY_18 = LocalDate.of(2026, 5, 18);

    @Test
    void theOfficialPegIsThreeFiftySince2015() {
        OfficialQuote tmt = TmtPeg.official().quote();

        assertEquals("TMT", tmt.currency());
        assertEquals(new BigDecimal("3.50"), tmt.quote());
        assertEquals(LocalDate.of(2015, 1, 1), tmt.effectiveDate());
        assertEquals("CBT", tmt.source());
        assertFalse(tmt.derived());
        assertEquals("0.28571", UsdFigures.value(tmt.usdPerUnit()), "not the snapshot's 0.28490");
    }

    @Test
    void staffCanSetANewPeg() {
        OfficialQuote tmt = new TmtPeg(new BigDecimal("4.00"), LocalDate.of(2026, 6, 1), BigDecimal.ONE).quote();
        assertEquals(new BigDecimal("4.00"), tmt.quote());
        assertEquals(LocalDate.of(2026, 6, 1), tmt.effectiveDate());
    }

    @Test
    void nbtAgreesWithThePeg() throws Exception {
        RateTable nbt = new NbtRatesParser().parse(bytes("nbt-2026-05-18.xml"), MAY_18);

        TmtPeg.PegCheck check = TmtPeg.official().crossCheck(nbt);

        assertTrue(check.agrees(), check.report());
        assertEquals(0, check.implied().compareTo(new BigDecimal("3.5")));
        assertEquals("0.00", check.differencePercent().toPlainString());
        assertTrue(check.report().startsWith("NBT implies 3.5 TMT per USD, 0.00% from the 3.50 peg, within the 1% "
                + "tolerance"), check.report());
    }

    @Test
    void nbkrsDailyAndWeeklyFilesAgreeWithThePeg() throws Exception {
        NbkrRatesParser nbkr = new NbkrRatesParser();
        TmtPeg.PegCheck check = TmtPeg.official().crossCheck(nbkr.parseDaily(bytes("nbkr-daily-2026-05-24.xml")),
                nbkr.parseWeekly(bytes("nbkr-weekly-2026-05-23.xml")));

        assertTrue(check.agrees(), check.report());
        assertEquals("0.00", check.differencePercent().toPlainString());
    }

    @Test
    void aFileImplyingAnotherRateIsReportedAsADiscrepancy() throws Exception {
        // 9.3450 / 3.0927 ≈ 3.02: the kind of one-day outlier CBU once published
        RateTable nbt = new NbtRatesParser().parse(nbtWithManatAt("3.0927"), MAY_18);

        TmtPeg.PegCheck check = TmtPeg.official().crossCheck(nbt);

        assertFalse(check.agrees());
        assertEquals("-13.67", check.differencePercent().toPlainString());
        assertTrue(check.report().contains("beyond the 1% tolerance: check whether the peg has changed"),
                check.report());
    }

    @Test
    void cbusOutlierFromTheNotesIsCaught() throws Exception {
        // CBU's own rows imply 12194.21 / 4037.68 ≈ 3.02 TMT per USD against the 3.50 peg
        TmtPeg.PegCheck check = TmtPeg.official().crossCheck(new CbuRatesParser().parse(bytes("cbu-2026-04-01.json")));

        assertFalse(check.agrees());
        assertEquals("-13.71", check.differencePercent().toPlainString());
        assertTrue(check.report().startsWith("CBU implies 3.02010 TMT per USD"), check.report());
    }

    @Test
    void theToleranceIsConfigurable() throws Exception {
        RateTable nbt = new NbtRatesParser().parse(nbtWithManatAt("3.0927"), MAY_18);
        TmtPeg lenient = new TmtPeg(TmtPeg.DEFAULT_TMT_PER_USD, TmtPeg.DEFAULT_SINCE, new BigDecimal("15"));
        assertTrue(lenient.crossCheck(nbt).agrees());
    }

    @Test
    void aFileWithoutManatCannotBeCheckedAndSaysWhy() throws Exception {
        RateTable nbk = new NbkRatesParser().parse(bytes("nbk-2026-04-01.xml"), LocalDate.of(2026, 4, 1));
        FeedException e = assertThrows(FeedException.class, () -> TmtPeg.official().crossCheck(nbk));
        assertEquals("TMT is missing from the NBK file of 01.04.2026", e.getMessage());
    }

    @Test
    void aPegMustBeAboveZero() {
        assertThrows(IllegalArgumentException.class,
                () -> new TmtPeg(BigDecimal.ZERO, TmtPeg.DEFAULT_SINCE, BigDecimal.ONE));
    }

    private static byte[] nbtWithManatAt(String value) {
        return utf8("<ValCurs Date=\"2026-05-18\">"
                + "<Valute ID=\"840\"><CharCode>USD</CharCode><Nominal>1</Nominal><Value>9.3450</Value></Valute>"
                + "<Valute ID=\"934\"><CharCode>TMT</CharCode><Nominal>1</Nominal><Value>" + value + "</Value></Valute>"
                + "</ValCurs>");
    }
}
