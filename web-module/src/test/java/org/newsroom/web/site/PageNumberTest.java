package org.newsroom.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageNumberTest {

    @Test
    void onlyWholeNumbersFromOneToAMillionArePages() {
        assertEquals(1, PageNumber.parse(null));
        assertEquals(1, PageNumber.parse(""));
        assertEquals(2, PageNumber.parse("2"));
        assertEquals(1_000_000, PageNumber.parse("1000000"));
        for (String none : new String[] {"abc", "-1", "0", "99999999999", "1.5", "1e3", "２"}) {
            assertEquals(PageNumber.NONE, PageNumber.parse(none), none);
        }
    }
}
