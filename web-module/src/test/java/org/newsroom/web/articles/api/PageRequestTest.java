package org.newsroom.web.articles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void absentParametersMeanTheFirstPageOfTwenty() {
        assertEquals(new PageRequest(1, 20), PageRequest.parse(null, null));
        assertEquals(new PageRequest(1, 20), PageRequest.parse("", " "));
    }

    @Test
    void aPageStartsWhereThePreviousEnded() {
        PageRequest third = PageRequest.parse("3", "10");
        assertEquals(20, third.first());
        assertEquals(0, PageRequest.parse("1", "50").first());
    }

    @Test
    void pagesRoundUp() {
        PageRequest paging = PageRequest.parse("1", "10");
        assertEquals(0, paging.pages(0));
        assertEquals(1, paging.pages(10));
        assertEquals(2, paging.pages(11));
    }

    @Test
    void badValuesAreRefusedWithAReason() {
        assertRefused("0", null, "page counts from 1");
        assertRefused("-2", null, "page counts from 1");
        assertRefused("two", null, "page is a whole number");
        assertRefused("1.5", null, "page is a whole number");
        assertRefused("99999999999", null, "page is a whole number");
        assertRefused(null, "0", "size is from 1 to 50");
        assertRefused(null, "51", "size is from 1 to 50");
        assertRefused(null, "ten", "size is a whole number");
        assertRefused("2147483647", "50", "beyond any list");
    }

    private static void assertRefused(String page, String size, String reason) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PageRequest.parse(page, size));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }
}
