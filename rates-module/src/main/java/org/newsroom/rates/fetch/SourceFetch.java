package org.newsroom.rates.fetch;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsroom.rates.feed.CbtRatesParser;
import org.newsroom.rates.feed.CbuRatesParser;
import org.newsroom.rates.feed.FeedException;
import org.newsroom.rates.feed.NbkRatesParser;
import org.newsroom.rates.feed.NbkrRatesParser;
import org.newsroom.rates.feed.NbtRatesParser;
import org.newsroom.rates.feed.NoRateForDate;
import org.newsroom.rates.feed.RateTable;
import org.newsroom.rates.fetch.http.FeedClient;
import org.newsroom.rates.fetch.http.FeedUrl;
import org.newsroom.rates.settings.RateSource;
import org.newsroom.rates.settings.RateSourceSettings;

/**
 * One bank's "rate effective on day D": the right address, the download and the right parser together.
 * NBK, CBU, NBT and CBT are asked for the day (NBK and CBU also for the next day, which they set a day
 * ahead); NBKR only has its latest files, whose date the validation then compares with what is stored.
 * Each has a time budget, the longest its files can take with the limits: a run waits no longer for it.
 */
public final class SourceFetch {

    /** Reads a bank's rates for a day. */
    @FunctionalInterface
    public interface Reader {
        FetchedRates read(LocalDate day) throws FeedException, NoRateForDate;
    }

    /** Reads the next day's file of a bank that sets its rate a day ahead. */
    @FunctionalInterface
    private interface AheadReader {
        RateTable read(LocalDate nextDay) throws FeedException, NoRateForDate;
    }

    private final RateSource source;
    private final Reader reader;
    private final Duration budget;

    private SourceFetch(RateSource source, Reader reader, Duration budget) {
        this.source = source;
        this.reader = reader;
        this.budget = budget;
    }

    /** Any reader, e.g. a canned answer in a test; a run waits for it as long as it takes. */
    public static SourceFetch of(RateSource source, Reader reader) {
        return new SourceFetch(source, reader, null);
    }

    /** A reader the run abandons (FAILED) when it has not answered within {@code budget}. */
    public static SourceFetch of(RateSource source, Reader reader, Duration budget) {
        return new SourceFetch(source, reader, budget);
    }

    /** The banks, in the order they are reported, at the addresses the settings give. */
    public static List<SourceFetch> all(FeedClient client, RateSourceSettings settings) {
        return List.of(nbk(client, settings.url(RateSource.NBK)), cbu(client, settings.url(RateSource.CBU)),
                nbkr(client, settings.url(RateSource.NBKR)), nbt(client, settings.url(RateSource.NBT)),
                cbt(client, settings.url(RateSource.CBT)));
    }

    /**
     * NBK by date, and the next day's file, which NBK publishes in the afternoon; a day without rates (a
     * holiday, or tomorrow before publication) is answered as such, see {@link NoRateForDate}.
     */
    public static SourceFetch nbk(FeedClient client, FeedUrl url) {
        NbkRatesParser parser = new NbkRatesParser();
        return of(RateSource.NBK, day -> withDayAhead(fetched(RateSource.NBK,
                        parser.parse(client.get(NbkRatesParser.SOURCE, url.forDate(day)), day), List.of(), null),
                day, next -> parser.parseAsDated(client.get(NbkRatesParser.SOURCE, url.forDate(next)), next)),
                budget(client, 2));
    }

    /**
     * CBU by date, and the next day's, which CBU sets a day ahead; the file's own date is the effective date
     * (asked for a day it has not set yet, CBU answers with its latest file, which is then no news).
     */
    public static SourceFetch cbu(FeedClient client, FeedUrl url) {
        CbuRatesParser parser = new CbuRatesParser();
        return of(RateSource.CBU, day -> withDayAhead(fetched(RateSource.CBU,
                        parser.parse(client.get(CbuRatesParser.SOURCE, url.forDate(day))), List.of(), null),
                day, next -> parser.parse(client.get(CbuRatesParser.SOURCE, url.forDate(next)))),
                budget(client, 2));
    }

    /** CBT's daily file for the day; the run checks it against the configured peg (TmtPegKeeper). */
    public static SourceFetch cbt(FeedClient client, FeedUrl url) {
        CbtRatesParser parser = new CbtRatesParser();
        return of(RateSource.CBT, day -> fetched(RateSource.CBT,
                parser.parse(client.get(CbtRatesParser.SOURCE, url.forDate(day)), day), List.of(), null),
                budget(client, 1));
    }

    /** The next day's rate when the bank has set it; not yet published is no news, a failure only a remark. */
    private static FetchedRates withDayAhead(FetchedRates today, LocalDate day, AheadReader ahead) {
        LocalDate next = day.plusDays(1);
        try {
            RateTable table = ahead.read(next);
            return table.effectiveDate().isAfter(day) ? today.withAhead(table.usdQuote(), null) : today;
        } catch (NoRateForDate notYet) {
            return today;
        } catch (FeedException e) {
            return today.withAhead(null, "the file for " + next + " was not read: " + e.getMessage());
        }
    }

    private static Duration budget(FeedClient client, int files) {
        return client.limits().worstCasePerFile().multipliedBy(files);
    }

    /**
     * NBKR's latest daily file (USD) and weekly file (TJS, UZS, TMT, for cross rates). Only the daily file
     * is needed for the som's own rate, so a failing weekly file is reported without failing the fetch.
     */
    public static SourceFetch nbkr(FeedClient client, FeedUrl folder) {
        NbkrRatesParser parser = new NbkrRatesParser();
        return of(RateSource.NBKR, day -> {
            RateTable daily = parser.parseDaily(client.get(NbkrRatesParser.SOURCE, folder.file("daily.xml")));
            try {
                RateTable weekly = parser.parseWeekly(client.get(NbkrRatesParser.SOURCE, folder.file("weekly.xml")));
                return fetched(RateSource.NBKR, daily, List.of(weekly), null);
            } catch (FeedException e) {
                return fetched(RateSource.NBKR, daily, List.of(),
                        "the weekly file was not used: " + e.getMessage());
            }
        }, budget(client, 2));
    }

    /**
     * NBT by date. Asked for a day it has no file for yet, NBT answers with its latest file instead: an
     * older file means "not published yet", which is no fault; a newer one is a wrong answer.
     */
    public static SourceFetch nbt(FeedClient client, FeedUrl url) {
        NbtRatesParser parser = new NbtRatesParser();
        return of(RateSource.NBT, day -> {
            RateTable table = parser.parseAsDated(client.get(NbtRatesParser.SOURCE, url.forDate(day)));
            if (table.effectiveDate().isBefore(day)) {
                throw new NoRateForDate(NbtRatesParser.SOURCE, day,
                        "the file of " + table.effectiveDate());
            }
            if (table.effectiveDate().isAfter(day)) {
                throw new FeedException(NbtRatesParser.SOURCE + " sent the file for " + table.effectiveDate()
                        + " when " + day + " was asked");
            }
            return fetched(RateSource.NBT, table, List.of(), null);
        }, budget(client, 1));
    }

    public RateSource source() {
        return source;
    }

    /** How long a run waits for this source; null: as long as it takes. */
    public Duration budget() {
        return budget;
    }

    public FetchedRates fetch(LocalDate day) throws FeedException, NoRateForDate {
        return reader.read(day);
    }

    private static FetchedRates fetched(RateSource source, RateTable usdTable, List<RateTable> others, String remark)
            throws FeedException {
        List<RateTable> tables = new ArrayList<>();
        tables.add(usdTable);
        tables.addAll(others);
        return new FetchedRates(source, usdTable.usdQuote(), tables, remark);
    }
}
