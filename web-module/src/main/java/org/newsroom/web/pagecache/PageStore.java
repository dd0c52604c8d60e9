package org.newsroom.web.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Rendered pages by address, each good for the {@link org.newsroom.web.storage.ContentGeneration} it was rendered in and
 * for a few minutes at most (a safety net for anything a reader sees that no write announces).
 * Bounded by Caffeine: when full, the pages least likely to be asked for again go (W-TinyLFU), so a
 * crawl through old listings does not push the homepage out. A page of a past generation stays until
 * then: it is what readers get while the database is away.
 */
final class PageStore {

    static final long MAX_AGE_MILLIS = 5 * 60 * 1000L;
    static final int MAX_PAGE_BYTES = 512 * 1024;

    private final Cache<String, CachedPage> pages;
    private final int capacity;

    PageStore(int capacity) {
        this.capacity = capacity;
        // Eviction work runs on the request's own thread: no threads the application server does not manage.
        this.pages = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
    }

    /** The page for {@code key} if it is still current. */
    CachedPage current(String key, long generation, long now) {
        CachedPage page = pages.getIfPresent(key);
        return page != null && page.generation() == generation && now - page.storedAt() < MAX_AGE_MILLIS ? page : null;
    }

    /** The last page rendered for {@code key}, current or not: what a reader gets while the database is away. */
    CachedPage last(String key) {
        return pages.getIfPresent(key);
    }

    void put(String key, CachedPage page) {
        if (page.body().length <= MAX_PAGE_BYTES) {
            pages.put(key, page);
        }
    }

    int capacity() {
        return capacity;
    }

    /** How many pages are kept, once pending evictions are done. */
    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }
}
