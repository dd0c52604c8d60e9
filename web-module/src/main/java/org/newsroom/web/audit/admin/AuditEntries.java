package org.newsroom.web.audit.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit table's rows, one page at a time, newest first. The filters are the page's own (above
 * the table), not the table's, and the log is not counted: see {@link LookAheadPaging}.
 */
public class AuditEntries extends LazyDataModel<AuditRow> {

    private static final long serialVersionUID = 1L;

    /** The log searched with the applied filters: rows from first, at most max of them. */
    @FunctionalInterface
    public interface Search extends Serializable {
        List<AuditRow> rows(int first, int max);
    }

    private final Search search;
    private final LookAheadPaging paging = new LookAheadPaging();

    public AuditEntries(Search search) {
        this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return paging.rowCount();
    }

    @Override
    public List<AuditRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        List<AuditRow> rows = paging.page(first, pageSize, search::rows);
        setRowCount(paging.rowCount());
        return rows;
    }

    @Override
    public String getRowKey(AuditRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public AuditRow getRowData(String rowKey) {
        List<AuditRow> shown = getWrappedData();
        return shown == null ? null
                : shown.stream().filter(row -> String.valueOf(row.id()).equals(rowKey)).findFirst().orElse(null);
    }

    /** New filters: start again from an unknown count. */
    void reset() {
        paging.reset();
        setRowCount(0);
    }
}
