package org.newsroom.web.articles.site;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.newsroom.web.storage.ContentGeneration;

/**
 * "Viewing results 1 - 6 of N": N is counted once per content generation, not per request.
 * Counting walks the list's whole index (100,000 entries for the homepage of a large archive),
 * while the pages themselves read a few entries. Any committed change moves the generation on
 * (see {@link ContentGeneration}), so a total is never stale.
 */
@ApplicationScoped
public class ListingTotals {

    /** Tag addresses are open-ended: past this many lists, start again rather than grow. */
    private static final int MAX_LISTS = 10_000;

    private record Counted(long generation, long total) {
    }

    private final Map<String, Counted> totals = new ConcurrentHashMap<>();

    public long of(String list, LongSupplier count) {
        long generation = ContentGeneration.current();
        Counted known = totals.get(list);
        if (known != null && known.generation() == generation) {
            return known.total();
        }
        long total = count.getAsLong();
        if (totals.size() >= MAX_LISTS) {
            totals.clear();
        }
        totals.put(list, new Counted(generation, total));
        return total;
    }
}
