package org.newsroom.rates.fetch;

import java.time.LocalDate;
import java.util.List;
import org.newsroom.rates.feed.CbuRatesParser;
import org.newsroom.rates.feed.FeedException;
import org.newsroom.rates.feed.NbkRatesParser;
import org.newsroom.rates.feed.NbkrRatesParser;
import org.newsroom.rates.feed.NbtRatesParser;
import org.newsroom.rates.feed.NoRateForDate;
import org.newsroom.rates.feed.RateTable;
import org.newsroom.rates.settings.RateSource;

/** The banks' fixtures, parsed, as one run's fetch results; and fetchers that give them without a server. */
final class Canned {

    private Canned() {
    }

    static FetchedRates nbk() throws FeedException {
        try {
            RateTable table = new NbkRatesParser().parse(TestFeedServer.fixture("nbk-2026-04-01.xml"),
                    LocalDate.of(2026, 4, 1));
            return new FetchedRates(RateSource.NBK, table.usdQuote(), List.of(table), null);
        } catch (NoRateForDate e) {
            throw new AssertionError(e);
        }
    }

    static FetchedRates cbu() throws FeedException {
        RateTable table = new CbuRatesParser().parse(TestFeedServer.fixture("cbu-2026-04-01.json"));
        return new FetchedRates(RateSource.CBU, table.usdQuote(), List.of(table), null);
    }

    static FetchedRates nbkr() throws FeedException {
        NbkrRatesParser parser = new NbkrRatesParser();
        RateTable daily = parser.parseDaily(TestFeedServer.fixture("nbkr-daily-2026-05-24.xml"));
        RateTable weekly = parser.parseWeekly(TestFeedServer.fixture("nbkr-weekly-2026-05-23.xml"));
        return new FetchedRates(RateSource.NBKR, daily.usdQuote(), List.of(daily, weekly), null);
    }

    static FetchedRates nbt() throws FeedException {
        RateTable table = new NbtRatesParser().parse(TestFeedServer.fixture("nbt-2026-05-18.xml"),
                LocalDate.of(2026, 5, 18));
        return new FetchedRates(RateSource.NBT, table.usdQuote(), List.of(table), null);
    }

    /** {@link #cbu()} for a field initialiser or lambda, where a checked exception cannot go. */
    static FetchedRates cbuUnchecked() {
        try {
            return cbu();
        } catch (FeedException e) {
            throw new AssertionError(e);
        }
    }

    /** A source that answers with {@code rates} whatever day is asked. */
    static SourceFetch answering(FetchedRates rates) {
        return SourceFetch.of(rates.source(), day -> rates);
    }

    /** A source whose bank fails with {@code message}. */
    static SourceFetch failing(RateSource source, String message) {
        return SourceFetch.of(source, day -> {
            throw new FeedException(message);
        });
    }
}
