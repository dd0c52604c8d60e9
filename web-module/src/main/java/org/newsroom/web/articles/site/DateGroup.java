package org.newsroom.web.articles.site;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.newsroom.web.http.OutletTime;

/** Articles that share a publication day, under the day's heading ("20 February 2026"). */
public record DateGroup<T>(String heading, List<T> items) {

    /** Groups items already in newest-first order; the order within and between days is kept. */
    public static <T> List<DateGroup<T>> byDay(List<T> newestFirst, Function<T, LocalDateTime> publishedUtc, ZoneId zone) {
        return byDay(newestFirst, publishedUtc, utc -> OutletTime.heading(utc, zone));
    }

    /** @param heading a UTC moment's day as the edition writes it ("20 февраля 2026") */
    public static <T> List<DateGroup<T>> byDay(List<T> newestFirst, Function<T, LocalDateTime> publishedUtc,
                                               Function<LocalDateTime, String> heading) {
        List<DateGroup<T>> groups = new ArrayList<>();
        for (T item : newestFirst) {
            String day = heading.apply(publishedUtc.apply(item));
            DateGroup<T> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last == null || !Objects.equals(last.heading(), day)) {
                last = new DateGroup<>(day, new ArrayList<>());
                groups.add(last);
            }
            last.items().add(item);
        }
        return groups;
    }
}
