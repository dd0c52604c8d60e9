package org.newsroom.web.articles.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.LocalDateTime;
import org.newsroom.web.editions.ReaderEdition;
import org.newsroom.web.http.OutletTime;

/** Dates and times as readers' pages show them (stored UTC, shown in the newsroom's time zone), for EL. */
@Named
@ApplicationScoped
public class ReaderTimes {

    /** Publishing itself touches the article; a change within this long after it is no update to tell readers of. */
    private static final Duration SAME_MOMENT = Duration.ofMinutes(1);

    @Inject
    private ReaderEdition edition;

    /** "1 December 2026, 14:05", "1 декабря 2026, 14:05": in the page's edition. */
    public String dateAndTime(LocalDateTime utc) {
        return edition.getTexts().dateAndTime(utc, OutletTime.zone());
    }

    /** "14:05", under a heading that already gives the day. */
    public String time(LocalDateTime utc) {
        return edition.getTexts().time(utc, OutletTime.zone());
    }

    /** For a time element's datetime attribute, with the newsroom's offset. */
    public String iso(LocalDateTime utc) {
        return OutletTime.iso(utc);
    }

    /** Whether an article was edited after it was published, so its page says "Updated …". */
    public static boolean updatedAfterPublishing(LocalDateTime publishedAt, LocalDateTime updatedAt) {
        return publishedAt != null && updatedAt != null && updatedAt.isAfter(publishedAt.plus(SAME_MOMENT));
    }
}
