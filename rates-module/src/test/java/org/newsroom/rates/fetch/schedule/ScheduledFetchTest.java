package org.newsroom.rates.fetch.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.rates.fetch.FetchReport;
import org.newsroom.rates.fetch.QuietLogs;

@ExtendWith(QuietLogs.class)
class ScheduledFetchTest {

    /** 23:30 UTC on Thursday 2 April is already Friday 3 April in Almaty (UTC+5). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-02T23:30:00Z"), ZoneOffset.UTC);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 4, 3);

    private final List<LocalDate> fetchedDays = new ArrayList<>();
    private final Map<String, LocalDate> latest = new HashMap<>();
    private boolean slotFree = true;

    private ScheduledFetch schedule(ScheduledFetch.Fetcher fetcher) {
        return new ScheduledFetch(now -> slotFree, fetcher, currencies -> latest, ZoneId.of("Asia/Almaty"), 3, CLOCK);
    }

    private ScheduledFetch schedule() {
        return schedule(today -> {
            fetchedDays.add(today);
            return new FetchReport(today, List.of());
        });
    }

    @Test
    void aFreeSlotIsFetchedForTodayInTheBanksZone() {
        assertTrue(schedule().onSchedule().isPresent());
        assertEquals(List.of(FRIDAY), fetchedDays);
    }

    @Test
    void aSlotAnotherInstanceClaimedIsSkipped() {
        slotFree = false;
        assertTrue(schedule().onSchedule().isEmpty());
        assertTrue(fetchedDays.isEmpty());
    }

    @Test
    void aFailingRunIsReportedNotThrown() {
        ScheduledFetch failing = schedule(today -> {
            throw new IllegalStateException("database down");
        });
        assertTrue(failing.onSchedule().isEmpty());
        assertTrue(failing.onSchedule().isEmpty(), "and the next slot still runs");
    }

    @Test
    void aSlotThatComesWhileTheLastRunIsStillGoingIsSkipped() {
        List<Boolean> inner = new ArrayList<>();
        ScheduledFetch[] holder = new ScheduledFetch[1];
        holder[0] = schedule(today -> {
            inner.add(holder[0].onSchedule().isPresent());
            return new FetchReport(today, List.of());
        });
        assertTrue(holder[0].onSchedule().isPresent());
        assertEquals(List.of(false), inner);
    }

    @Test
    void atStartUpFreshRatesMeanNoFetch() {
        latest.putAll(Map.of("KZT", FRIDAY, "UZS", FRIDAY, "KGS", FRIDAY.minusDays(3), "TJS", FRIDAY));
        assertTrue(schedule().onStartup().isEmpty());
        assertTrue(fetchedDays.isEmpty());
    }

    @Test
    void atStartUpAStaleOrMissingRateMeansAFetch() {
        latest.putAll(Map.of("KZT", FRIDAY, "UZS", FRIDAY, "KGS", FRIDAY));
        assertTrue(schedule().onStartup().isPresent(), "TJS has no rate at all");
        assertEquals(List.of(FRIDAY), fetchedDays);
    }

    @Test
    void staleMeansOlderThanTheAgeInBusinessDays() {
        Map<String, LocalDate> dates = Map.of("KZT", LocalDate.of(2026, 3, 27), "UZS", LocalDate.of(2026, 3, 30),
                "KGS", FRIDAY, "TJS", FRIDAY);
        // Friday 27 March to Friday 3 April is five business days; Monday 30 March is four.
        assertEquals(List.of("KZT", "UZS"), ScheduledFetch.staleCurrencies(dates, FRIDAY, 3));
        assertEquals(List.of("KZT"), ScheduledFetch.staleCurrencies(dates, FRIDAY, 4));
    }
}
