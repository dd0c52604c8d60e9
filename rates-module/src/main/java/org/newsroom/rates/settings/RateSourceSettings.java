package org.newsroom.rates.settings;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsroom.rates.feed.BusinessDays;
import org.newsroom.rates.feed.RateTable;
import org.newsroom.rates.feed.RateValidation;
import org.newsroom.rates.feed.TmtPeg;
import org.newsroom.rates.fetch.http.FeedUrl;
import org.newsroom.rates.fetch.http.FetchLimits;

/**
 * Everything the rate fetching can be told from outside, read once from environment variables (or, in
 * tests, a map). A value that is set but unusable is refused with the variable's name and what it
 * expects, rather than silently replaced by the default: a typo should not quietly point the site at
 * the wrong bank or hide every move under 50 %.
 *
 * <table>
 * <caption>Variables and defaults</caption>
 * <tr><td>NEWSROOM_RATES_FETCH</td><td>on</td><td>"off" stops the timer (tests, staging)</td></tr>
 * <tr><td>NEWSROOM_RATES_NBK_URL … _NBT_URL, _CBT_URL</td><td>the banks' official addresses</td><td>see {@link RateSource}, {@link FeedUrl}</td></tr>
 * <tr><td>NEWSROOM_RATES_SCHEDULE</td><td>Mon-Fri 9-18 *&#47;30</td><td>day-of-week, hour and minute, EJB calendar syntax</td></tr>
 * <tr><td>NEWSROOM_RATES_TIME_ZONE</td><td>Asia/Almaty</td><td>zone of the schedule and of "today"</td></tr>
 * <tr><td>NEWSROOM_RATES_CONNECT_TIMEOUT_SECONDS</td><td>5</td><td></td></tr>
 * <tr><td>NEWSROOM_RATES_READ_TIMEOUT_SECONDS</td><td>10</td><td></td></tr>
 * <tr><td>NEWSROOM_RATES_MAX_RESPONSE_MB</td><td>2</td><td></td></tr>
 * <tr><td>NEWSROOM_RATES_FETCH_ATTEMPTS</td><td>3</td><td></td></tr>
 * <tr><td>NEWSROOM_RATES_RETRY_BACKOFF_SECONDS</td><td>1</td><td>doubles before each further try</td></tr>
 * <tr><td>NEWSROOM_RATES_MAX_MOVE_PERCENT</td><td>10</td><td>larger day-to-day moves are held</td></tr>
 * <tr><td>NEWSROOM_RATES_STALE_BUSINESS_DAYS</td><td>3</td><td>older rates are marked stale</td></tr>
 * <tr><td>NEWSROOM_RATES_TMT_PEG</td><td>3.50</td><td>manat per US dollar</td></tr>
 * <tr><td>NEWSROOM_RATES_GUARD_MINUTES</td><td>20</td><td>one instance fetches per window</td></tr>
 * <tr><td>NEWSROOM_TICKER_CURRENCIES</td><td>KGS, KZT, TJS, UZS, TMT</td><td>the ticker's list; RUB, EUR, CNY
 * listed there are derived each run as cross rates, see fetch.TickerCrossRates</td></tr>
 * </table>
 *
 * <p>NEWSROOM_TICKER_CURRENCIES belongs to the ticker and is read as leniently as the ticker reads it
 * (codes that are not three letters are skipped), so a typo there never stops the fetching.
 */
public final class RateSourceSettings {

    public static final String FETCH = "NEWSROOM_RATES_FETCH";
    public static final String SCHEDULE = "NEWSROOM_RATES_SCHEDULE";
    public static final String TIME_ZONE = "NEWSROOM_RATES_TIME_ZONE";
    public static final String CONNECT_TIMEOUT = "NEWSROOM_RATES_CONNECT_TIMEOUT_SECONDS";
    public static final String READ_TIMEOUT = "NEWSROOM_RATES_READ_TIMEOUT_SECONDS";
    public static final String MAX_RESPONSE = "NEWSROOM_RATES_MAX_RESPONSE_MB";
    public static final String ATTEMPTS = "NEWSROOM_RATES_FETCH_ATTEMPTS";
    public static final String BACKOFF = "NEWSROOM_RATES_RETRY_BACKOFF_SECONDS";
    public static final String MAX_MOVE = "NEWSROOM_RATES_MAX_MOVE_PERCENT";
    public static final String STALE_DAYS = "NEWSROOM_RATES_STALE_BUSINESS_DAYS";
    public static final String TMT_PEG = "NEWSROOM_RATES_TMT_PEG";
    public static final String GUARD_MINUTES = "NEWSROOM_RATES_GUARD_MINUTES";

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Almaty");
    /** Every half hour from 09:00 to 18:30, when the banks publish (KZT, UZS, KGS in the afternoon). */
    public static final FetchSchedule DEFAULT_SCHEDULE = new FetchSchedule("Mon-Fri", "9-18", "*/30");
    /**
     * 20 minutes: longer than a whole run can take with the default limits (five files, three tries of at
     * most 15 s each plus 3 s of pauses: about four minutes) and shorter than the 30 minutes between slots,
     * so each slot is fetched once even when the instances' clocks differ by minutes.
     */
    public static final int DEFAULT_GUARD_MINUTES = 20;

    private static final long MB = 1024L * 1024;

    private final boolean fetchEnabled;
    private final Map<RateSource, FeedUrl> urls;
    private final FetchSchedule schedule;
    private final ZoneId zone;
    private final FetchLimits limits;
    private final BigDecimal maxMovePercent;
    private final int staleBusinessDays;
    private final BigDecimal tmtPeg;
    private final Duration guardWindow;
    private final List<String> addedTickerCurrencies;

    private RateSourceSettings(SettingsSource source) {
        Reader read = new Reader(source);
        fetchEnabled = read.onOff(FETCH, true);
        urls = new EnumMap<>(RateSource.class);
        for (RateSource bank : RateSource.values()) {
            urls.put(bank, read.url(bank));
        }
        schedule = read.schedule();
        zone = timeZone(source);
        limits = new FetchLimits(Duration.ofSeconds(read.whole(CONNECT_TIMEOUT, 5, 1)),
                Duration.ofSeconds(read.whole(READ_TIMEOUT, 10, 1)),
                read.whole(MAX_RESPONSE, 2, 1) * MB,
                (int) read.whole(ATTEMPTS, FetchLimits.DEFAULT_ATTEMPTS, 1),
                Duration.ofSeconds(read.whole(BACKOFF, 1, 0)));
        maxMovePercent = read.positiveDecimal(MAX_MOVE, RateValidation.DEFAULT_MAX_MOVE_PERCENT);
        staleBusinessDays = staleBusinessDays(source);
        tmtPeg = read.positiveDecimal(TMT_PEG, TmtPeg.DEFAULT_TMT_PER_USD);
        guardWindow = Duration.ofMinutes(read.whole(GUARD_MINUTES, DEFAULT_GUARD_MINUTES, 1));
        addedTickerCurrencies = TickerCurrencies.parse(source.get(TickerCurrencies.VARIABLE)).stream()
                .filter(RateTable.ADDABLE_CURRENCIES::contains).distinct().toList();
    }

    /** @throws IllegalArgumentException naming the first variable that is set to something unusable */
    public static RateSourceSettings from(SettingsSource source) {
        return new RateSourceSettings(source);
    }

    public static RateSourceSettings fromEnvironment() {
        return from(SettingsSource.environment());
    }

    /** Only the stale age, for the ticker, which must not depend on the fetching settings being right. */
    public static int staleBusinessDays(SettingsSource source) {
        return (int) new Reader(source).whole(STALE_DAYS, BusinessDays.DEFAULT_MAX_AGE, 0);
    }

    /** Only the manat peg, for the first start's seed. */
    public static BigDecimal tmtPeg(SettingsSource source) {
        return new Reader(source).positiveDecimal(TMT_PEG, TmtPeg.DEFAULT_TMT_PER_USD);
    }

    /** Only the zone, for the ticker's "today". */
    public static ZoneId timeZone(SettingsSource source) {
        String text = new Reader(source).text(TIME_ZONE);
        if (text == null) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(TIME_ZONE + " is \"" + text + "\"; expected a zone such as Asia/Almaty", e);
        }
    }

    public boolean fetchEnabled() {
        return fetchEnabled;
    }

    public FeedUrl url(RateSource bank) {
        return urls.get(bank);
    }

    public FetchSchedule schedule() {
        return schedule;
    }

    public ZoneId zone() {
        return zone;
    }

    public FetchLimits limits() {
        return limits;
    }

    public BigDecimal maxMovePercent() {
        return maxMovePercent;
    }

    public int staleBusinessDays() {
        return staleBusinessDays;
    }

    public BigDecimal tmtPeg() {
        return tmtPeg;
    }

    public Duration guardWindow() {
        return guardWindow;
    }

    /** RUB, EUR, CNY as far as NEWSROOM_TICKER_CURRENCIES lists them, in its order; usually none. */
    public List<String> addedTickerCurrencies() {
        return addedTickerCurrencies;
    }

    /** True when any bank is fetched from somewhere other than its official address (tests, mirrors). */
    public boolean anyUrlOverridden() {
        return urls.entrySet().stream().anyMatch(e -> !e.getValue().template().equals(e.getKey().officialUrl()));
    }

    /**
     * When the timer fires, as the three fields of an EJB calendar expression.
     *
     * @param daysOfWeek e.g. "Mon-Fri"
     * @param hours      e.g. "9-18"
     * @param minutes    e.g. "*&#47;30"
     */
    public record FetchSchedule(String daysOfWeek, String hours, String minutes) {

        @Override
        public String toString() {
            return daysOfWeek + " " + hours + " " + minutes;
        }
    }

    /** Reads one variable at a time, with the error message naming it. */
    private static final class Reader {

        private final SettingsSource source;

        Reader(SettingsSource source) {
            this.source = source;
        }

        String text(String name) {
            String value = source.get(name);
            return value == null || value.isBlank() ? null : value.strip();
        }

        boolean onOff(String name, boolean fallback) {
            String text = text(name);
            if (text == null) {
                return fallback;
            }
            switch (text.toLowerCase(Locale.ROOT)) {
                case "on", "true", "yes", "1":
                    return true;
                case "off", "false", "no", "0":
                    return false;
                default:
                    throw new IllegalArgumentException(name + " is \"" + text + "\"; expected on or off");
            }
        }

        long whole(String name, long fallback, long minimum) {
            String text = text(name);
            if (text == null) {
                return fallback;
            }
            try {
                long value = Long.parseLong(text);
                if (value >= minimum && value <= Integer.MAX_VALUE) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below, with the variable's name
            }
            throw new IllegalArgumentException(name + " is \"" + text + "\"; expected a whole number of at least "
                    + minimum + ", e.g. " + fallback);
        }

        BigDecimal positiveDecimal(String name, BigDecimal fallback) {
            String text = text(name);
            if (text == null) {
                return fallback;
            }
            try {
                BigDecimal value = new BigDecimal(text);
                if (value.signum() > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below, with the variable's name
            }
            throw new IllegalArgumentException(name + " is \"" + text + "\"; expected a number above zero "
                    + "with a decimal point, e.g. " + fallback.toPlainString());
        }

        FeedUrl url(RateSource bank) {
            String text = text(bank.urlVariable());
            FeedUrl url = FeedUrl.parse(text == null ? bank.officialUrl() : text, bank.urlVariable());
            if (!bank.takesDate() && url.hasDate()) {
                throw new IllegalArgumentException(bank.urlVariable() + " names the folder holding daily.xml and "
                        + "weekly.xml; it takes no date placeholder");
            }
            return url;
        }

        FetchSchedule schedule() {
            String text = text(SCHEDULE);
            if (text == null) {
                return DEFAULT_SCHEDULE;
            }
            String[] fields = text.split("\\s+");
            // The container checks the fields' meaning; this only catches a value that cannot be one.
            if (fields.length != 3 || !fields[0].matches("[A-Za-z0-9*,\\-]+")
                    || !fields[1].matches("[0-9*/,\\-]+") || !fields[2].matches("[0-9*/,\\-]+")) {
                throw new IllegalArgumentException(SCHEDULE + " is \"" + text + "\"; expected days, hours and "
                        + "minutes separated by spaces, e.g. \"" + DEFAULT_SCHEDULE + "\"");
            }
            return new FetchSchedule(fields[0], fields[1], fields[2]);
        }
    }
}
