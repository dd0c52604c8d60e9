package org.newsroom.rates.fetch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsroom.rates.feed.CbuRatesParser;
import org.newsroom.rates.feed.FeedException;
import org.newsroom.rates.feed.NbkRatesParser;
import org.newsroom.rates.feed.NbkrRatesParser;
import org.newsroom.rates.feed.NbtRatesParser;
import org.newsroom.rates.feed.NoRateForDate;
import org.newsroom.rates.feed.RateTable;

/**
 * One bank's "rate effective on day D": the right address, the download and the right parser together.
 * NBK, CBU and NBT are asked for the day; NBKR only has its latest files, whose date the validation
 * then compares with what is stored.
 */
public final class SourceFetch {

    /** Reads a bank's rates for a day. */
    @FunctionalInterface
    public interface Reader {
        FetchedRates read(LocalDate day) throws FeedException, NoRateForDate;
    }

    private final RateSource source;
    private final Reader reader;

    private SourceFetch(RateSource source, Reader reader) {
        this.source = source;
        this.reader = reader;
    }

    /** Any reader, e.g. a canned answer in a test. */
    public static SourceFetch of(RateSource source, Reader reader) {
        return new SourceFetch(source, reader);
    }

    /** The four banks, in the order they are fetched, at the addresses the settings give. */
    public static List<SourceFetch> all(FeedClient client, RateSourceSettings settings) {
        return List.of(nbk(client, settings.url(RateSource.NBK)), cbu(client, settings.url(RateSource.CBU)),
                nbkr(client, settings.url(RateSource.NBKR)), nbt(client, settings.url(RateSource.NBT)));
    }

    /** NBK by date; a day without rates (a holiday) is answered as such, see {@link NoRateForDate}. */
    public static SourceFetch nbk(FeedClient client, FeedUrl url) {
        NbkRatesParser parser = new NbkRatesParser();
        return of(RateSource.NBK, day -> fetched(RateSource.NBK,
                parser.parse(client.get(NbkRatesParser.SOURCE, url.forDate(day)), day), List.of(), null));
    }

    /** CBU by date; the file's own date is the effective date. */
    public static SourceFetch cbu(FeedClient client, FeedUrl url) {
        CbuRatesParser parser = new CbuRatesParser();
        return of(RateSource.CBU, day -> fetched(RateSource.CBU,
                parser.parse(client.get(CbuRatesParser.SOURCE, url.forDate(day))), List.of(), null));
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
        });
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
        });
    }

    public RateSource source() {
        return source;
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
