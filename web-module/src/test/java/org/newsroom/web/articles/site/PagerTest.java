package org.newsroom.web.articles.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PagerTest {

    @Test
    void onlyPlainPositiveNumbersArePages() {
        assertEquals(Optional.of(1), Pager.pageNumber(null));
        assertEquals(Optional.of(1), Pager.pageNumber(""));
        assertEquals(Optional.of(2), Pager.pageNumber("2"));
        for (String notAPage : List.of("0", "-1", "2x", "abc", " 2", "1e3", "99999999999")) {
            assertEquals(Optional.empty(), Pager.pageNumber(notAPage), notAPage);
        }
    }

    @Test
    void theHomepagesHundredAndNineArticlesMakeNineteenPages() {
        Pager second = Pager.of(2, 6, 109, n -> "/?page=" + n);
        assertEquals(19, second.getLastPage());
        assertTrue(second.isNewer() && second.isOlder() && second.isShown());
        assertEquals("/?page=3", second.getOlderUrl());
        assertEquals("/?page=1", second.getNewerUrl());
        assertEquals(List.of(1, 2, 3, 4, 5), second.getNearbyPages());
        assertEquals(6, Pager.firstIndex(2, 6));
    }

    @Test
    void pagesPastTheLastDoNotExistButAnEmptyFirstPageDoes() {
        assertTrue(Pager.of(19, 6, 109, n -> "").exists());
        assertFalse(Pager.of(20, 6, 109, n -> "").exists());
        Pager empty = Pager.of(1, 6, 0, n -> "");
        assertTrue(empty.exists());
        assertFalse(empty.isShown(), "one page needs no pager");
    }
}
