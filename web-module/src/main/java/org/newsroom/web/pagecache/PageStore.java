package org.newsroom.web.pagecache;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered pages by address, each good for the {@link ContentGeneration} it was rendered in and
 * for a few minutes at most (a safety net for anything a reader sees that no write announces).
 * Bounded: when full, pages of past generations go first, then any.
 */
final class PageStore {

    static final long MAX_AGE_MILLIS = 5 * 60 * 1000L;
    static final int MAX_PAGE_BYTES = 512 * 1024;

    private final Map<String, CachedPage> pages = new ConcurrentHashMap<>();
    private final int capacity;

    PageStore(int capacity) {
        this.capacity = capacity;
    }

    /** The page for {@code key} if it is still current. */
    CachedPage current(String key, long generation, long now) {
        CachedPage page = pages.get(key);
        return page != null && page.generation() == generation && now - page.storedAt() < MAX_AGE_MILLIS ? page : null;
    }

    /** The last page rendered for {@code key}, current or not: what a reader gets while the database is away. */
    CachedPage last(String key) {
        return pages.get(key);
    }

    void put(String key, CachedPage page) {
        if (page.body().length > MAX_PAGE_BYTES) {
            return;
        }
        if (pages.size() >= capacity) {
            makeRoom(page.generation());
        }
        pages.put(key, page);
    }

    int capacity() {
        return capacity;
    }

    int size() {
        return pages.size();
    }

    private void makeRoom(long generation) {
        pages.values().removeIf(page -> page.generation() != generation);
        Iterator<CachedPage> any = pages.values().iterator();
        for (int removed = 0; any.hasNext() && removed < Math.max(1, capacity / 10); removed++) {
            any.next();
            any.remove();
        }
    }
}
