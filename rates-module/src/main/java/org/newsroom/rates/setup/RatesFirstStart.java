package org.newsroom.rates.setup;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.newsroom.rates.feed.TmtPeg;
import org.newsroom.rates.rate.ExchangeRate;
import org.newsroom.rates.rate.ExchangeRates;
import org.newsroom.rates.settings.RateSourceSettings;
import org.newsroom.rates.settings.SettingsSource;

/**
 * Gives an empty database the last two official quotes of each ticker currency, taken from the
 * banks' published files, so the ticker has figures before the first fetch, and the manat its configured
 * peg (NEWSROOM_RATES_TMT_PEG, a bad value fails the start naming it). Runs once per database.
 */
@Stateless
public class RatesFirstStart {

    private static final Logger LOG = Logger.getLogger(RatesFirstStart.class.getName());
    private static final String NOTE = "sample data from the bank's published file, seeded on first start";

    private record Quote(String currency, String source, LocalDate date, String value) {
    }

    /** Pairs of (previous, latest) as the banks published them. */
    private static final List<Quote> SAMPLES = List.of(
            new Quote("KGS", "NBKR", LocalDate.of(2026, 5, 23), "87.4500"),
            new Quote("KGS", "NBKR", LocalDate.of(2026, 5, 24), "87.4500"),
            new Quote("KZT", "NBK", LocalDate.of(2026, 3, 31), "481.54"),
            new Quote("KZT", "NBK", LocalDate.of(2026, 4, 1), "478.77"),
            new Quote("TJS", "NBT", LocalDate.of(2026, 5, 17), "9.3366"),
            new Quote("TJS", "NBT", LocalDate.of(2026, 5, 18), "9.3450"),
            new Quote("UZS", "CBU", LocalDate.of(2026, 3, 31), "12210.71"),
            new Quote("UZS", "CBU", LocalDate.of(2026, 4, 1), "12194.21"));

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @Inject
    private ExchangeRates rates;

    public void prepare() {
        RatesSetup setup = em.find(RatesSetup.class, RatesSetup.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
        if (setup == null) {
            throw new IllegalStateException("RATES_SETUP row missing: the schema migration did not run");
        }
        if (setup.sampleSeeded()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
        if (rates.count() == 0) {
            SAMPLES.forEach(q -> rates.record(new ExchangeRate(q.currency(), q.date(), new BigDecimal(q.value()), 1,
                    q.source(), false, now, NOTE)));
            // The manat is no sample: it is the configured peg, and says so until the bank's file answers.
            rates.record(new TmtPeg(RateSourceSettings.tmtPeg(SettingsSource.environment()), TmtPeg.DEFAULT_SINCE,
                    TmtPeg.DEFAULT_TOLERANCE_PERCENT).quote().toExchangeRate(now));
            LOG.info("First start: seeded sample exchange rates");
        }
        setup.markSampleSeeded(now);
    }
}
