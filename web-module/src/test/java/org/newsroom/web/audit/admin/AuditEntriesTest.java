package org.newsroom.web.audit.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AuditEntriesTest {

    private static AuditRow row(int id) {
        return new AuditRow(id, "1 Mar 2026 10:00 (Asia/Almaty)", "anna", "PUBLISH", "Publish", "article " + id, "");
    }

    /** 30 entries, newest (highest id) first. */
    private static final AuditEntries.Search THIRTY = (first, max) ->
            IntStream.range(first, Math.min(30, first + max)).mapToObj(i -> row(30 - i)).toList();

    @Test
    void thePaginatorIsToldWhatTheLookAheadFound() {
        AuditEntries entries = new AuditEntries(THIRTY);
        assertEquals(0, entries.count(Map.of()));
        List<AuditRow> first = entries.load(0, 25, Map.of(), Map.of());
        assertEquals(25, first.size());
        assertEquals(30, first.get(0).id());
        assertEquals(26, entries.getRowCount());
        assertEquals(26, entries.count(Map.of()));
        List<AuditRow> second = entries.load(25, 25, Map.of(), Map.of());
        assertEquals(5, second.size());
        assertEquals(30, entries.getRowCount());
    }

    @Test
    void rowsAreKeyedByTheirId() {
        AuditEntries entries = new AuditEntries(THIRTY);
        entries.setWrappedData(entries.load(0, 25, Map.of(), Map.of()));
        assertEquals("30", entries.getRowKey(row(30)));
        assertEquals(12, entries.getRowData("12").id());
        assertNull(entries.getRowData("2"), "not on the page shown");
    }

    @Test
    void resetStartsFromAnUnknownCount() {
        AuditEntries entries = new AuditEntries(THIRTY);
        entries.load(0, 25, Map.of(), Map.of());
        entries.reset();
        assertEquals(0, entries.count(Map.of()));
        assertEquals(0, entries.getRowCount());
    }
}
