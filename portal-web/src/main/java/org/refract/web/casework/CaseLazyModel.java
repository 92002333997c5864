package org.refract.web.casework;

import jakarta.faces.context.FacesContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.refract.domain.casework.CaseStatus;
import org.refract.service.casework.CaseRow;
import org.refract.service.casework.WorklistPage;
import org.refract.service.casework.WorklistQuery;
import org.refract.service.casework.WorklistService;
import org.refract.service.casework.WorklistSort;
import org.refract.service.decision.ReviewDueService;
import org.refract.service.decision.ReviewMarker;

/**
 * The worklist table's rows, paged, sorted and filtered in the database. The filters come from {@link CaseFilter}
 * (bound to the header row), not from PrimeFaces' filter map, so that the status chips and the table ask the
 * same question. PrimeFaces asks for the count before the rows, and the chips ask before both: one service call
 * answers all three when they agree.
 */
public class CaseLazyModel extends LazyDataModel<CaseRow> {

    private static final long serialVersionUID = 1L;

    private final WorklistService worklist;
    private final ReviewDueService reviews;
    private final CaseFilter filter;
    private Map<Long, ReviewMarker> markers = Map.of();

    private WorklistSort sort = WorklistSort.UPDATED;
    private boolean ascending;
    private int pageSize = 25;
    private WorklistQuery lastQuery;
    private WorklistPage lastPage;

    public CaseLazyModel(WorklistService worklist, ReviewDueService reviews, CaseFilter filter) {
        this.worklist = worklist;
        this.reviews = reviews;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> ignored) {
        return (int) current().total();
    }

    @Override
    public List<CaseRow> load(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> ignored) {
        applySort(sortBy);
        pageSize = size;
        WorklistPage page = find(filter.query(sort, ascending, first, size));
        setRowCount((int) page.total());
        markers = new HashMap<>(
                reviews.markers(page.rows().stream().map(CaseRow::id).toList()));
        return page.rows();
    }

    /** The response review due for a case of the current page, or null. */
    public ReviewMarker marker(CaseRow row) {
        return markers.get(row.id());
    }

    @Override
    public String getRowKey(CaseRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public CaseRow getRowData(String rowKey) {
        return lastPage == null
                ? null
                : lastPage.rows().stream()
                        .filter(row -> String.valueOf(row.id()).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }

    /** Cases per status under the other filters, for the status chips. */
    public Map<CaseStatus, Long> statusCounts() {
        return current().statusCounts();
    }

    /** Cases under every filter but status. */
    public long totalOfAllStatuses() {
        return statusCounts().values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The last answer if it was for the current filters (the total and the counts do not depend on sort or page;
     * {@link #load} refreshes them on every table render), otherwise the first page for them.
     */
    private WorklistPage current() {
        if (lastPage == null || !filter.sameCasesAs(lastQuery)) {
            find(filter.query(sort, ascending, 0, pageSize));
        }
        return lastPage;
    }

    /** Asks the service unless this very request already asked the same. */
    private WorklistPage find(WorklistQuery query) {
        Map<String, Object> requestMap =
                FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        String key = CaseLazyModel.class.getName() + "@" + System.identityHashCode(this);
        if (query.equals(lastQuery) && requestMap.get(key) == lastPage && lastPage != null) {
            return lastPage;
        }
        lastPage = worklist.find(query);
        lastQuery = query;
        requestMap.put(key, lastPage);
        return lastPage;
    }

    private void applySort(Map<String, SortMeta> sortBy) {
        SortMeta active = sortBy == null
                ? null
                : sortBy.values().stream()
                        .filter(SortMeta::isActive)
                        .findFirst()
                        .orElse(null);
        if (active == null) {
            sort = WorklistSort.UPDATED;
            ascending = false;
            return;
        }
        sort = WorklistSort.parse(active.getField()).orElse(WorklistSort.UPDATED);
        ascending = active.getOrder().isAscending();
    }
}
