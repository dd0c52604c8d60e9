package org.newsroom.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorsTest {

    @Test
    void theTagFollowsTheExactBytes() {
        String etag = Validators.etagOf("a".getBytes(StandardCharsets.UTF_8));
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        assertEquals(etag, Validators.etagOf("a".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(etag, Validators.etagOf("b".getBytes(StandardCharsets.UTF_8)));
        assertEquals(etag, "\"" + Validators.digest("a") + "\"", "the same digest for the text as for its UTF-8 bytes");
    }

    @Test
    void ifNoneMatchComparesWeaklyAndTakesListsAndAStar() {
        assertTrue(Validators.matchesAny(List.of("\"x\""), "\"x\""));
        assertTrue(Validators.matchesAny(List.of("\"a\", W/\"x\""), "\"x\""));
        assertTrue(Validators.matchesAny(List.of("\"x\""), "W/\"x\""), "a weak tag of ours matches its strong form");
        assertTrue(Validators.matchesAny(List.of("\"a\"", "\"x\""), "\"x\""), "several headers");
        assertTrue(Validators.matchesAny(List.of("*"), "\"x\""));
        assertFalse(Validators.matchesAny(List.of("\"y\""), "\"x\""));
        assertFalse(Validators.matchesAny(List.of("\"xy\""), "\"x\""), "no prefix or substring match");
        assertFalse(Validators.matchesAny(List.of(), "\"x\""));
    }
}
