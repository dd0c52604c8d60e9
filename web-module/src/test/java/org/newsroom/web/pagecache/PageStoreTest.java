package org.newsroom.web.pagecache;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageStoreTest {

    private static CachedPage page(long generation, int bytes) {
        return new CachedPage(generation, System.currentTimeMillis(), "text/html", "\"e\"", -1, null, null, null, new byte[bytes], null);
    }

    @Test
    void aPopularPageOutlivesACrawlThroughThousandsOfOthers() {
        PageStore store = new PageStore(100);
        store.put("/", page(1, 10));
        for (int n = 0; n < 99; n++) {
            store.put("/section?page=" + n, page(1, 10));
        }
        for (int read = 0; read < 50; read++) {  // readers keep coming to the homepage of a full cache
            store.current("/", 1, System.currentTimeMillis());
            store.size();
        }
        for (int n = 0; n < 5_000; n++) {
            store.put("/listing?page=" + n, page(1, 10));
        }
        assertTrue(store.size() <= 100, "bounded: " + store.size());
        assertNotNull(store.current("/", 1, System.currentTimeMillis()), "the homepage is still served from memory");
    }

    @Test
    void aPageIsCurrentOnlyForItsGenerationAndAFewMinutes() {
        PageStore store = new PageStore(10);
        long now = System.currentTimeMillis();
        store.put("/", new CachedPage(3, now, "text/html", null, -1, null, null, null, new byte[1], null));
        assertNotNull(store.current("/", 3, now));
        assertNull(store.current("/", 4, now), "a later generation needs a new render");
        assertNull(store.current("/", 3, now + PageStore.MAX_AGE_MILLIS), "too old");
        assertNotNull(store.last("/"), "but it is still there for when the database is away");
    }

    @Test
    void aHugePageIsNeverKept() {
        PageStore store = new PageStore(10);
        store.put("/big", page(1, PageStore.MAX_PAGE_BYTES + 1));
        assertNull(store.last("/big"));
    }
}
