package org.newsroom.web.articles.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheableResponseTest {

    @Test
    void theEtagIsAQuotedDigestOfTheExactBytes() {
        String etag = CacheableResponse.etagOf("a".getBytes(StandardCharsets.UTF_8));
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        assertEquals(etag, CacheableResponse.etagOf("a".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(etag, CacheableResponse.etagOf("b".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsListsAndTheStar() {
        assertTrue(CacheableResponse.matchesAny(Collections.enumeration(List.of("\"x\"")), "\"x\""));
        assertTrue(CacheableResponse.matchesAny(Collections.enumeration(List.of("\"a\", W/\"x\"")), "\"x\""));
        assertTrue(CacheableResponse.matchesAny(Collections.enumeration(List.of("*")), "\"x\""));
        assertFalse(CacheableResponse.matchesAny(Collections.enumeration(List.of("\"y\"")), "\"x\""));
        assertFalse(CacheableResponse.matchesAny(null, "\"x\""));
    }
}
