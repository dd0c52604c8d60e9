package org.newsroom.rates.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.rates.fetch.http.FeedUrl;
import org.newsroom.rates.fetch.http.FetchLimits;

class RateSourceSettingsTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    private static RateSourceSettings settings(Map<String, String> values) {
        return RateSourceSettings.from(SettingsSource.of(values));
    }

    private static String refused(Map<String, String> values) {
        return assertThrows(IllegalArgumentException.class, () -> settings(values)).getMessage();
    }

    @Test
    void withNothingSetTheOfficialAddressesAndDefaultsApply() {
        RateSourceSettings defaults = settings(Map.of());

        assertTrue(defaults.fetchEnabled());
        assertEquals(URI.create("https://nationalbank.kz/rss/get_rates.cfm?fdate=01.04.2026"),
                defaults.url(RateSource.NBK).forDate(APRIL_1));
        assertEquals(URI.create("https://cbu.uz/en/arkhiv-kursov-valyut/json/all/2026-04-01/"),
                defaults.url(RateSource.CBU).forDate(APRIL_1));
        assertEquals(URI.create("https://www.nbkr.kg/XML/daily.xml"), defaults.url(RateSource.NBKR).file("daily.xml"));
        assertEquals(URI.create("https://www.nbt.tj/en/kurs/export_xml.php?date=2026-04-01&export=xmlout"),
                defaults.url(RateSource.NBT).forDate(APRIL_1));
        assertEquals(FetchLimits.defaults(), defaults.limits());
        assertEquals(Duration.ofSeconds(5), defaults.limits().connectTimeout());
        assertEquals(Duration.ofSeconds(10), defaults.limits().readTimeout());
        assertEquals(2L * 1024 * 1024, defaults.limits().maxBytes());
        assertEquals(3, defaults.limits().attempts());
        assertEquals(Duration.ofSeconds(1), defaults.limits().firstBackoff());
        assertEquals(0, BigDecimal.TEN.compareTo(defaults.maxMovePercent()));
        assertEquals(3, defaults.staleBusinessDays());
        assertEquals(new BigDecimal("3.50"), defaults.tmtPeg());
        assertEquals(ZoneId.of("Asia/Almaty"), defaults.zone());
        assertEquals("Mon-Fri 9-18 */30", defaults.schedule().toString());
        assertEquals(Duration.ofMinutes(20), defaults.guardWindow());
        assertFalse(defaults.anyUrlOverridden());
    }

    @Test
    void everythingCanBeSet() {
        RateSourceSettings set = settings(Map.ofEntries(
                Map.entry("NEWSROOM_RATES_FETCH", "off"),
                Map.entry("NEWSROOM_RATES_NBK_URL", "http://127.0.0.1:8089/nbk?d={DD.MM.YYYY}"),
                Map.entry("NEWSROOM_RATES_NBKR_URL", "http://127.0.0.1:8089/nbkr"),
                Map.entry("NEWSROOM_RATES_CONNECT_TIMEOUT_SECONDS", "2"),
                Map.entry("NEWSROOM_RATES_READ_TIMEOUT_SECONDS", "30"),
                Map.entry("NEWSROOM_RATES_MAX_RESPONSE_MB", "1"),
                Map.entry("NEWSROOM_RATES_FETCH_ATTEMPTS", "1"),
                Map.entry("NEWSROOM_RATES_RETRY_BACKOFF_SECONDS", "0"),
                Map.entry("NEWSROOM_RATES_MAX_MOVE_PERCENT", "7.5"),
                Map.entry("NEWSROOM_RATES_STALE_BUSINESS_DAYS", "5"),
                Map.entry("NEWSROOM_RATES_TMT_PEG", " 3.60 "),
                Map.entry("NEWSROOM_RATES_TIME_ZONE", "Asia/Tashkent"),
                Map.entry("NEWSROOM_RATES_SCHEDULE", "Mon-Sat  10-17 0,15,30,45"),
                Map.entry("NEWSROOM_RATES_GUARD_MINUTES", "10")));

        assertFalse(set.fetchEnabled());
        assertEquals(URI.create("http://127.0.0.1:8089/nbk?d=01.04.2026"), set.url(RateSource.NBK).forDate(APRIL_1));
        assertEquals(URI.create("http://127.0.0.1:8089/nbkr/weekly.xml"), set.url(RateSource.NBKR).file("weekly.xml"),
                "a folder without its trailing slash still holds the files");
        assertEquals(new FetchLimits(Duration.ofSeconds(2), Duration.ofSeconds(30), 1024 * 1024, 1, Duration.ZERO),
                set.limits());
        assertEquals(new BigDecimal("7.5"), set.maxMovePercent());
        assertEquals(5, set.staleBusinessDays());
        assertEquals(new BigDecimal("3.60"), set.tmtPeg());
        assertEquals(ZoneId.of("Asia/Tashkent"), set.zone());
        assertEquals(new RateSourceSettings.FetchSchedule("Mon-Sat", "10-17", "0,15,30,45"), set.schedule());
        assertEquals(Duration.ofMinutes(10), set.guardWindow());
        assertTrue(set.anyUrlOverridden());
    }

    @Test
    void blankValuesCountAsNotSet() {
        assertTrue(settings(Map.of("NEWSROOM_RATES_FETCH", " ", "NEWSROOM_RATES_NBK_URL", "")).fetchEnabled());
    }

    @Test
    void onAndOffAreReadGenerously() {
        assertTrue(settings(Map.of("NEWSROOM_RATES_FETCH", "ON")).fetchEnabled());
        assertTrue(settings(Map.of("NEWSROOM_RATES_FETCH", "true")).fetchEnabled());
        assertFalse(settings(Map.of("NEWSROOM_RATES_FETCH", "No")).fetchEnabled());
        assertEquals("NEWSROOM_RATES_FETCH is \"sometimes\"; expected on or off",
                refused(Map.of("NEWSROOM_RATES_FETCH", "sometimes")));
    }

    @Test
    void unusableNumbersAreRefusedNamingTheVariable() {
        assertEquals("NEWSROOM_RATES_MAX_MOVE_PERCENT is \"10%\"; expected a number above zero with a decimal point, e.g. 10",
                refused(Map.of("NEWSROOM_RATES_MAX_MOVE_PERCENT", "10%")));
        assertTrue(refused(Map.of("NEWSROOM_RATES_TMT_PEG", "3,50")).startsWith("NEWSROOM_RATES_TMT_PEG is \"3,50\""));
        assertTrue(refused(Map.of("NEWSROOM_RATES_TMT_PEG", "0")).startsWith("NEWSROOM_RATES_TMT_PEG is \"0\""));
        assertEquals("NEWSROOM_RATES_READ_TIMEOUT_SECONDS is \"0\"; expected a whole number of at least 1, e.g. 10",
                refused(Map.of("NEWSROOM_RATES_READ_TIMEOUT_SECONDS", "0")));
        assertTrue(refused(Map.of("NEWSROOM_RATES_STALE_BUSINESS_DAYS", "-1"))
                .startsWith("NEWSROOM_RATES_STALE_BUSINESS_DAYS is \"-1\""));
        assertTrue(refused(Map.of("NEWSROOM_RATES_FETCH_ATTEMPTS", "three"))
                .startsWith("NEWSROOM_RATES_FETCH_ATTEMPTS is \"three\""));
        assertTrue(refused(Map.of("NEWSROOM_RATES_TIME_ZONE", "Almaty")).startsWith("NEWSROOM_RATES_TIME_ZONE is"));
        assertTrue(refused(Map.of("NEWSROOM_RATES_SCHEDULE", "every half hour")).startsWith("NEWSROOM_RATES_SCHEDULE is"));
        assertTrue(refused(Map.of("NEWSROOM_RATES_SCHEDULE", "Mon-Fri 9-18")).startsWith("NEWSROOM_RATES_SCHEDULE is"));
    }

    @Test
    void unusableAddressesAreRefusedNamingTheVariable() {
        assertEquals("NEWSROOM_RATES_CBU_URL must be an http:// or https:// address with a host, got \"ftp://cbu.uz/{YYYY-MM-DD}\"",
                refused(Map.of("NEWSROOM_RATES_CBU_URL", "ftp://cbu.uz/{YYYY-MM-DD}")));
        assertTrue(refused(Map.of("NEWSROOM_RATES_NBT_URL", "nbt.tj/export?date={YYYY-MM-DD}"))
                .startsWith("NEWSROOM_RATES_NBT_URL must be an http:// or https:// address"));
        assertEquals("NEWSROOM_RATES_NBK_URL has the placeholder {date}; a placeholder is a date such as {DD.MM.YYYY} or {YYYY-MM-DD}",
                refused(Map.of("NEWSROOM_RATES_NBK_URL", "https://nationalbank.kz/rss/get_rates.cfm?fdate={date}")));
        assertTrue(refused(Map.of("NEWSROOM_RATES_NBK_URL", "https://nationalbank.kz/x?fdate={DD.MM.YYYY"))
                .startsWith("NEWSROOM_RATES_NBK_URL is not a valid address"));
        assertEquals("NEWSROOM_RATES_NBKR_URL names the folder holding daily.xml and weekly.xml; it takes no date placeholder",
                refused(Map.of("NEWSROOM_RATES_NBKR_URL", "https://www.nbkr.kg/XML/{YYYY-MM-DD}/")));
    }

    @Test
    void placeholdersMayUseAnyOrderAndSeparator() {
        FeedUrl url = FeedUrl.parse("http://h/{YYYYMMDD}/{DD/MM/YYYY}?m={MM}", "test");
        assertEquals(URI.create("http://h/20260401/01/04/2026?m=04"), url.forDate(APRIL_1));
        assertTrue(url.hasDate());
        assertFalse(FeedUrl.parse("http://h/static.xml", "test").hasDate());
    }

    @Test
    void theTickersAddedCurrenciesAreTheAddableOnesOfItsList() {
        assertEquals(List.of(), settings(Map.of()).addedTickerCurrencies(), "the default list adds none");
        assertEquals(List.of("EUR", "RUB"), settings(Map.of("NEWSROOM_TICKER_CURRENCIES", "KGS, eur, GBP, RUB"))
                .addedTickerCurrencies());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> settings(Map.of("NEWSROOM_TICKER_CURRENCIES", "KGS, ?")));
        assertTrue(refused.getMessage().startsWith("NEWSROOM_TICKER_CURRENCIES"), refused.getMessage());
    }

    @Test
    void theTickerReadsItsTwoSettingsOnItsOwn() {
        SettingsSource broken = SettingsSource.of(Map.of("NEWSROOM_RATES_NBK_URL", "nonsense",
                "NEWSROOM_RATES_STALE_BUSINESS_DAYS", "4"));
        assertEquals(4, RateSourceSettings.staleBusinessDays(broken), "a broken address does not concern the ticker");
        assertEquals(ZoneId.of("Asia/Almaty"), RateSourceSettings.timeZone(broken));
    }
}
