package org.newsroom.web.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.newsroom.news.settings.Settings;
import org.newsroom.web.storage.PublicChange;

/**
 * The front cache is told of a change before the writer is answered: a PURGE of the surrogate keys the change
 * touched, or one BAN of every reader page when the keys cannot describe it or the front has no xkey; a bad
 * address stops the start.
 */
class FrontCacheTest {

    private static final PublicChange PUBLISH = new PublicChange("node-a", Instant.now(), Set.of(PublicChange.Kind.ARTICLE),
            Set.of(7L), Set.of("тенге"), Set.of("kazakhstan"), Set.of());

    /** A loopback HTTP server standing for the front: it notes what it is sent, and answers PURGE as told. */
    private static HttpServer front(List<String> heard, boolean purgesByKeys) throws Exception {
        HttpServer front = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        front.createContext("/", exchange -> {
            String method = exchange.getRequestMethod();
            String keys = exchange.getRequestHeaders().getFirst("xkey-purge");
            heard.add(method + " " + exchange.getRequestURI() + " " + exchange.getRequestHeaders().getFirst("X-Newsroom-Change")
                    + (keys == null ? "" : " " + keys));
            if ("PURGE".equals(method) && purgesByKeys) {
                exchange.getResponseHeaders().add("X-Newsroom-Purged", "3");
            }
            // A VCL without xkey passes PURGE to a node, which refuses the method.
            exchange.sendResponseHeaders("PURGE".equals(method) && !purgesByKeys ? 405 : 200, -1);
            exchange.close();
        });
        front.start();
        return front;
    }

    private static FrontCache cacheAt(HttpServer front) {
        return new FrontCache(URI.create("http://127.0.0.1:" + front.getAddress().getPort() + "/"));
    }

    @Test
    void aPublishPurgesTheKeysItTouched() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        HttpServer front = front(heard, true);
        try {
            cacheAt(front).purge(PUBLISH);
            // Synchronous: the purge has been answered when purge returns, so the writer's answer comes after it.
            // The slug in Cyrillic travels percent-encoded (a header is ASCII; xkey splits on spaces).
            assertEquals(List.of("PURGE / ARTICLE unkeyed lists article-7 slug-%D1%82%D0%B5%D0%BD%D0%B3%D0%B5 related-kazakhstan"),
                    heard);
        } finally {
            front.stop(0);
        }
    }

    @Test
    void aFrontWithoutXkeyIsBannedInstead() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        HttpServer front = front(heard, false);
        try {
            FrontCache cache = cacheAt(front);
            cache.purge(PUBLISH);
            cache.purge(PUBLISH);
            assertEquals(2, heard.stream().filter(line -> line.equals("BAN / ARTICLE")).count(), heard.toString());
        } finally {
            front.stop(0);
        }
    }

    @Test
    void whatTheKeysCannotDescribeBansEveryReaderPage() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        HttpServer front = front(heard, true);
        try {
            FrontCache cache = cacheAt(front);
            // A section's name shows on every page (the menu, breadcrumbs); a byline's on many.
            cache.purge(new PublicChange("node-a", Instant.now(), Set.of(PublicChange.Kind.SECTION), Set.of(), Set.of(),
                    Set.of("kazakhstan"), Set.of()));
            cache.purge(new PublicChange("node-a", Instant.now(), Set.of(PublicChange.Kind.ARTICLE, PublicChange.Kind.ACCOUNT),
                    Set.of(7L), Set.of("a"), Set.of("kazakhstan"), Set.of()));
            // An article whose sections the transaction did not load: the section it is in is unknown.
            cache.purge(new PublicChange("node-a", Instant.now(), Set.of(PublicChange.Kind.ARTICLE), Set.of(7L), Set.of("a"),
                    Set.of(), Set.of()));
            assertEquals(List.of("BAN / SECTION", "BAN / ACCOUNT,ARTICLE", "BAN / ARTICLE"), heard);
        } finally {
            front.stop(0);
        }
    }

    @Test
    void aRateChangeDropsThePagesWithTheTicker() {
        PublicChange rate = new PublicChange("node-a", Instant.now(), Set.of(PublicChange.Kind.RATE), Set.of(), Set.of(),
                Set.of(), Set.of());
        assertEquals(Set.of("unkeyed", "ticker"), SurrogateKeys.touchedBy(rate));
        assertTrue(!SurrogateKeys.everything(rate));
    }

    @Test
    void aFrontThatDoesNotAnswerNeverFailsTheWrite() {
        FrontCache cache = new FrontCache(URI.create("http://127.0.0.1:9/"));
        cache.purge(new PublicChange("node-a", Instant.now(), Set.of(PublicChange.Kind.RATE), Set.of(), Set.of(), Set.of(), Set.of()));
    }

    @Test
    void theAddressIsCheckedAtStart() {
        assertNull(FrontCache.address(Settings.of(Map.of())));
        assertEquals(URI.create("http://127.0.0.1:6081/"),
                FrontCache.address(Settings.of(Map.of(FrontCache.VARIABLE, "http://127.0.0.1:6081/"))));
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> FrontCache.address(Settings.of(Map.of(FrontCache.VARIABLE, "varnish"))));
        assertTrue(refused.getMessage().contains("NEWSROOM_FRONT_CACHE_URL"), refused.getMessage());
    }
}
