package org.newsroom.web.rates.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsroom.news.edition.Edition;
import org.newsroom.rates.feed.TmtPeg;
import org.newsroom.web.editions.EditionTexts;

/** The ticker's "where from" in Russian on /ru/, from the shapes the rates module stores; English as stored. */
class ProvenanceWordsTest {

    private static final EditionTexts RUSSIAN = EditionTexts.of(Edition.RU);
    private static final EditionTexts ENGLISH = EditionTexts.of(Edition.EN);

    @Test
    void aBanksFileIsNamedInRussian() {
        assertEquals("файл NBK от 01.04.2026: 478.77 KZT за 1 USD",
                ProvenanceWords.in("NBK file of 01.04.2026: 478.77 KZT per 1 USD", RUSSIAN));
        assertEquals("ежедневный файл NBKR от 24.05.2026: 87.45 KGS за 1 USD",
                ProvenanceWords.in("NBKR daily file of 24.05.2026: 87.45 KGS per 1 USD", RUSSIAN));
    }

    @Test
    void aCrossRateSaysWhatItWasWorkedOutFrom() {
        assertEquals("рассчитан по файлу NBK от 01.04.2026: USD 478.77 KZT за 1 / KGS 5.47 KZT за 1",
                ProvenanceWords.in("derived from NBK file of 01.04.2026: USD 478.77 KZT per 1 / KGS 5.47 KZT per 1", RUSSIAN));
        assertEquals("рассчитан по ежедневному файлу NBKR от 24.05.2026 (USD 87.45 KGS за 1) и еженедельному файлу NBKR "
                        + "от 22.05.2026 (TJS 8.1 KGS за 1)",
                ProvenanceWords.in("derived from NBKR daily file of 24.05.2026 (USD 87.45 KGS per 1) and NBKR weekly file "
                        + "of 22.05.2026 (TJS 8.1 KGS per 1)", RUSSIAN));
    }

    @Test
    void theManatsConfiguredPegIsExplainedInRussian() {
        String stored = new TmtPeg(new BigDecimal("3.50"), LocalDate.of(2026, 1, 1), BigDecimal.ONE).quote().provenance();
        assertEquals("установленная привязка Центрального банка Туркменистана: 3.50 TMT за 1 USD с 2026-01-01 (задана в "
                + "NEWSROOM_RATES_TMT_PEG; действует, пока ежедневный файл банка не отвечает)", ProvenanceWords.in(stored, RUSSIAN));
    }

    @Test
    void englishAndWordsOfAnotherShapeStayAsStored() {
        assertEquals("NBK file of 01.04.2026: 478.77 KZT per 1 USD",
                ProvenanceWords.in("NBK file of 01.04.2026: 478.77 KZT per 1 USD", ENGLISH));
        assertEquals("курс с сайта банка, файл не открывался", ProvenanceWords.in("курс с сайта банка, файл не открывался", RUSSIAN));
        assertEquals(null, ProvenanceWords.in(null, RUSSIAN));
    }
}
