package org.newsroom.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void theThreeFormsOfOneRange() {
        assertEquals(new ByteRange(0, 499), ByteRange.of("bytes=0-499", 1000).orElseThrow().range());
        assertEquals(new ByteRange(500, 999), ByteRange.of("bytes=500-", 1000).orElseThrow().range());
        assertEquals(new ByteRange(800, 999), ByteRange.of("bytes=-200", 1000).orElseThrow().range());
        assertEquals(new ByteRange(900, 999), ByteRange.of("bytes=900-5000", 1000).orElseThrow().range(), "clipped to the end");
        assertEquals(new ByteRange(0, 999), ByteRange.of("bytes=-5000", 1000).orElseThrow().range());
        assertEquals("bytes 0-499/1000", new ByteRange(0, 499).contentRange(1000));
        assertEquals(500, new ByteRange(0, 499).length());
    }

    @Test
    void aRangePastTheEndIsUnsatisfiable() {
        assertFalse(ByteRange.of("bytes=1000-", 1000).orElseThrow().satisfiable());
        assertFalse(ByteRange.of("bytes=-0", 1000).orElseThrow().satisfiable());
    }

    @Test
    void whatIsNotOneByteRangeGetsTheWholeBody() {
        assertTrue(ByteRange.of(null, 1000).isEmpty());
        assertTrue(ByteRange.of("bytes=0-1,5-6", 1000).isEmpty(), "several ranges");
        assertTrue(ByteRange.of("items=0-1", 1000).isEmpty());
        assertTrue(ByteRange.of("bytes=-", 1000).isEmpty());
        assertTrue(ByteRange.of("bytes=500-100", 1000).isEmpty());
        assertTrue(ByteRange.of("bytes=99999999999999999999-", 1000).isEmpty());
    }
}
