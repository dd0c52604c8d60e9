package org.newsroom.web.audit.admin;

import java.io.Serializable;
import java.util.List;

/**
 * Paging through a search that cannot count its results (the audit log): each page asks for one row
 * more than it shows, and the row count the paginator is told is just enough to offer the next page
 * when that row exists. Once a page comes back short, the end is known and the count is exact.
 * Counts only grow between resets (the audit log is never deleted from), so going back to an earlier
 * page still offers the later pages already seen.
 */
public final class LookAheadPaging implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows from first, at most max of them. */
    @FunctionalInterface
    public interface Fetch<T> {
        List<T> rows(int first, int max);
    }

    private int rowCount;

    /** The rows of the page starting at first; afterwards {@link #rowCount()} tells the paginator how far it can go. */
    public <T> List<T> page(int first, int pageSize, Fetch<T> fetch) {
        int from = Math.max(0, first);
        int size = Math.max(1, pageSize);
        List<T> found = fetch.rows(from, size + 1);
        if (found.size() > size) {
            rowCount = Math.max(rowCount, from + size + 1);
            return List.copyOf(found.subList(0, size));
        }
        rowCount = from + found.size();
        return found;
    }

    /** 0 before the first page, as for an unknown count. */
    public int rowCount() {
        return rowCount;
    }

    /** For new filters: nothing is known about the new results yet. */
    public void reset() {
        rowCount = 0;
    }
}
