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

/** The front cache is told of a change with one BAN, before the writer is answered; a bad address stops the start. */
class FrontCacheTest {

    @Test
    void aPublicChangeSendsTheFrontOneBan() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        HttpServer front = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        front.createContext("/", exchange -> {
            heard.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("X-Newsroom-Change"));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        front.start();
        try {
            FrontCache cache = new FrontCache(URI.create("http://127.0.0.1:" + front.getAddress().getPort() + "/"));
            cache.purge(new PublicChange("node-a", Instant.now(), Set.of(PublicChange.Kind.ARTICLE), Set.of(7L),
                    Set.of("тенге"), Set.of("kazakhstan"), Set.of()));
            // Synchronous: the ban has been answered when purge returns, so the writer's answer comes after it.
            assertEquals(List.of("BAN / ARTICLE"), heard);
        } finally {
            front.stop(0);
        }
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
