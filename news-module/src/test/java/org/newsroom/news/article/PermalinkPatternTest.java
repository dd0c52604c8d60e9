package org.newsroom.news.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PermalinkPatternTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Test
    void theDefaultIsWordPressesYearMonthName() {
        PermalinkPattern pattern = PermalinkPattern.of(null);
        assertEquals("/%year%/%monthnum%/%postname%/", pattern.pattern());
        // 20:30 UTC on 31 October is 1 November in Almaty (UTC+5): the month readers saw.
        assertEquals("/2025/11/som-steadies/", pattern.address(LocalDateTime.of(2025, 10, 31, 20, 30), ALMATY, "som-steadies"));
        assertEquals("/2025/10/%d1%82%d0%b5%d0%bd%d0%b3%d0%b5/",
                pattern.address(LocalDateTime.of(2025, 10, 1, 8, 0), ALMATY, "тенге"));
    }

    @Test
    void aPathGivesBackItsSlug() {
        PermalinkPattern pattern = PermalinkPattern.of(PermalinkPattern.DEFAULT);
        assertEquals("тенге", pattern.slugOf("/2025/10/тенге/"));
        assertEquals("som", pattern.slugOf("/2025/10/som"));
        assertNull(pattern.slugOf("/kazakhstan"));
        assertNull(pattern.slugOf("/2025/10/"));
        assertNull(pattern.slugOf("/tag/x/y/"));
        assertEquals("x", PermalinkPattern.of("/news/%postname%.html").slugOf("/news/x.html"));
    }

    @Test
    void aPatternWithoutTheNameOrWithUnknownTagsIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PermalinkPattern.of("/%year%/")).getMessage()
                .contains("%postname%"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PermalinkPattern.of("/%post_id%/%postname%/"))
                .getMessage().contains("post_id"));
        assertThrows(IllegalArgumentException.class, () -> PermalinkPattern.of("no-slash/%postname%"));
    }
}
