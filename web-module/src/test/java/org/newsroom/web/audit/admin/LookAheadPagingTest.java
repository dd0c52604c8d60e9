package org.newsroom.web.audit.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LookAheadPagingTest {

    /** A log of n entries, numbered newest first, that records what it was asked for. */
    private static final class Log implements LookAheadPaging.Fetch<Integer> {
        private final int size;
        private final List<String> asked = new ArrayList<>();

        Log(int size) {
            this.size = size;
        }

        @Override
        public List<Integer> rows(int first, int max) {
            asked.add(first + "+" + max);
            return IntStream.range(first, Math.min(size, first + max)).boxed().toList();
        }
    }

    @Test
    void nothingIsKnownBeforeTheFirstPage() {
        assertEquals(0, new LookAheadPaging().rowCount());
    }

    @Test
    void aPageAsksForOneRowMoreAndShowsOnlyAPage() {
        Log log = new Log(100);
        LookAheadPaging paging = new LookAheadPaging();
        List<Integer> page = paging.page(0, 25, log);
        assertEquals(IntStream.range(0, 25).boxed().toList(), page);
        assertEquals(List.of("0+26"), log.asked);
        assertEquals(26, paging.rowCount(), "just enough for the paginator to offer page two");
    }

    @Test
    void aShortPageMakesTheCountExact() {
        Log log = new Log(60);
        LookAheadPaging paging = new LookAheadPaging();
        paging.page(0, 25, log);
        paging.page(25, 25, log);
        assertEquals(51, paging.rowCount());
        List<Integer> last = paging.page(50, 25, log);
        assertEquals(IntStream.range(50, 60).boxed().toList(), last);
        assertEquals(60, paging.rowCount());
    }

    @Test
    void anExactlyFullLastPageEndsTheCount() {
        Log log = new Log(50);
        LookAheadPaging paging = new LookAheadPaging();
        paging.page(0, 25, log);
        assertEquals(26, paging.rowCount());
        assertEquals(25, paging.page(25, 25, log).size());
        assertEquals(50, paging.rowCount(), "no 26th row on page two: there is no page three");
    }

    @Test
    void goingBackKeepsTheLaterPagesOnOffer() {
        Log log = new Log(200);
        LookAheadPaging paging = new LookAheadPaging();
        paging.page(0, 25, log);
        paging.page(25, 25, log);
        paging.page(50, 25, log);
        assertEquals(76, paging.rowCount());
        paging.page(0, 25, log);
        assertEquals(76, paging.rowCount());
    }

    @Test
    void anEmptyLogHasNoRows() {
        LookAheadPaging paging = new LookAheadPaging();
        assertEquals(List.of(), paging.page(0, 25, new Log(0)));
        assertEquals(0, paging.rowCount());
    }

    @Test
    void resetForgetsTheCount() {
        LookAheadPaging paging = new LookAheadPaging();
        paging.page(0, 25, new Log(100));
        paging.page(25, 25, new Log(100));
        paging.reset();
        assertEquals(0, paging.rowCount());
        paging.page(0, 25, new Log(3));
        assertEquals(3, paging.rowCount());
    }
}
