package org.newsroom.web.pagecache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ConditionalGetTest {

    private static final LocalDateTime CHANGED = LocalDateTime.of(2026, 12, 1, 9, 30);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void aRedeployWithNewMarkupGivesEveryPageANewTag() {
        String before = ConditionalGet.pageTag("/?null", CHANGED, TODAY, "1.0-SNAPSHOT@2026-12-01T08:00:00.000Z");
        assertTrue(before.matches("W/\"[0-9a-f]{32}\""), before);
        assertEquals(before, ConditionalGet.pageTag("/?null", CHANGED, TODAY, "1.0-SNAPSHOT@2026-12-01T08:00:00.000Z"));
        assertNotEquals(before, ConditionalGet.pageTag("/?null", CHANGED, TODAY, "1.0-SNAPSHOT@2026-12-01T11:00:00.000Z"),
                "same content, another build: the browser must not keep the old page");
    }

    @Test
    void contentTheDayAndTheAddressEachChangeTheTag() {
        String tag = ConditionalGet.pageTag("/?null", CHANGED, TODAY, "b");
        assertNotEquals(tag, ConditionalGet.pageTag("/?null", CHANGED.plusSeconds(1), TODAY, "b"));
        assertNotEquals(tag, ConditionalGet.pageTag("/?null", CHANGED, TODAY.plusDays(1), "b"));
        assertNotEquals(tag, ConditionalGet.pageTag("/kazakhstan?null", CHANGED, TODAY, "b"));
    }
}
