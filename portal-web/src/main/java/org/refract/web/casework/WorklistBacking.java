package org.refract.web.casework;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.refract.domain.casework.CaseStatus;
import org.refract.service.casework.CaseRow;
import org.refract.service.casework.WorklistPage;
import org.refract.service.casework.WorklistService;
import org.refract.service.casework.WorklistSort;
import org.refract.service.catalog.CatalogService;
import org.refract.service.decision.ReviewDueService;
import org.refract.service.decision.ReviewMarker;
import org.refract.web.shared.Choice;
import org.refract.web.shared.CurrentUser;
import org.refract.web.shared.Messages;

/**
 * {@code /cases/index.xhtml}: the worklist of the caller's teams. Everything the page shows follows from its address
 * (filters, sort and page), so that a worklist can be bookmarked, every change is a plain link or a GET form, and the
 * page is a stateless view that leaves nothing in the session (issue 16: per-user state). One service call answers
 * the rows, the total and the status chips' counts.
 */
@Named
@RequestScoped
public class WorklistBacking {

    static final int PAGE_SIZE = 25;

    @Inject
    WorklistService worklist;

    @Inject
    ReviewDueService reviews;

    @EJB
    CatalogService catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    CaseDisplay display;

    private final CaseFilter filter = new CaseFilter();
    private WorklistSort sort;
    private boolean ascending;
    private boolean sortChosen;
    private int pageNumber;
    private WorklistPage page;
    private Map<Long, ReviewMarker> markers;
    private List<WorklistLine> lines;

    /** Reads the address (not with OmniFaces' {@code @Param}: a stack trace per parameter, issue 16). */
    @PostConstruct
    void init() {
        String statusParam = Faces.getRequestParameter("status");
        String sortParam = Faces.getRequestParameter("sort");
        filter.setCondition(Faces.getRequestParameter("condition"));
        filter.setStatus(Arrays.stream(CaseStatus.values())
                .filter(s -> s.name().equals(statusParam))
                .findFirst()
                .orElse(null));
        filter.setTeam(Faces.getRequestParameter("team"));
        filter.setClinician(Faces.getRequestParameter("clinician"));
        filter.setText(Faces.getRequestParameter("q"));
        sort = WorklistSort.parse(sortParam).orElse(WorklistSort.UPDATED);
        sortChosen = sortParam != null && !sortParam.isBlank();
        ascending = sortChosen && !"desc".equals(Faces.getRequestParameter("dir"));
        pageNumber = parsePage(Faces.getRequestParameter("page"));
    }

    public CaseFilter getFilter() {
        return filter;
    }

    /** The rows of the current page. */
    public List<CaseRow> getRows() {
        return page().rows();
    }

    /** How many cases match the filters. */
    public long getTotal() {
        return page().total();
    }

    /** The rows of the current page as the table shows them, for {@link WorklistRows}. */
    public List<WorklistLine> getLines() {
        if (lines == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            lines = getRows().stream().map(row -> line(faces, row)).toList();
        }
        return lines;
    }

    private WorklistLine line(FacesContext faces, CaseRow row) {
        int age = display.age(row.birthYear());
        ReviewMarker marker = marker(row);
        return new WorklistLine(
                row.id(),
                row.pseudonym(),
                age + " · " + row.sex(),
                Messages.text(faces, "cases.ageSex.long", age, Messages.text(faces, "sex." + row.sex())),
                row.conditionName(),
                row.title(),
                display.statusStyle(row.status()),
                display.statusIcon(row.status()),
                Messages.text(faces, "caseStatus." + row.status()),
                marker == null
                        ? null
                        : new WorklistLine.ReviewDue(
                                marker.therapy(),
                                Messages.text(faces, "decision.review.marker", marker.therapyName()),
                                Messages.text(faces, "decision.response." + marker.response())),
                row.clinicianName(),
                row.teamName(),
                display.dateTime(row.updatedAt()));
    }

    /** The response review due for a case of the current page, or null. */
    private ReviewMarker marker(CaseRow row) {
        if (markers == null) {
            markers = reviews.markers(getRows().stream().collect(Collectors.toMap(CaseRow::id, CaseRow::version)));
        }
        return markers.get(row.id());
    }

    /** The query of a status chip's link: that status (or all, for null) with the other filters kept, page 1. */
    public String statusQuery(CaseStatus status) {
        Map<String, String> query = new LinkedHashMap<>();
        putIfSet(query, "status", status == null ? null : status.name());
        filterQuery().forEach((name, value) -> {
            if (!name.equals("status")) {
                query.put(name, value);
            }
        });
        return toQuery(query);
    }

    public List<CaseStatus> getStatuses() {
        return List.of(CaseStatus.values());
    }

    public long count(CaseStatus status) {
        return page().statusCounts().getOrDefault(status, 0L);
    }

    public long getCountOfAll() {
        return page().statusCounts().values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    // ---------- the filters' choices (plain selects of the GET form, written by r:options) ----------

    public List<Choice> getConditionChoices() {
        return catalog.conditions().stream()
                .map(c -> new Choice(c.code(), c.name()))
                .toList();
    }

    public List<Choice> getStatusChoices() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Arrays.stream(CaseStatus.values())
                .map(s -> new Choice(s.name(), Messages.text(faces, "caseStatus." + s)))
                .toList();
    }

    /** "My cases": the caller's username as the clinician filter. */
    public List<Choice> getClinicianChoices() {
        return List.of(new Choice(
                currentUser.getProfile().username(),
                Messages.text(FacesContext.getCurrentInstance(), "cases.filter.mine")));
    }

    public List<Choice> getTeamChoices() {
        return currentUser.getProfile().teams().stream()
                .map(t -> new Choice(t.code(), t.name()))
                .toList();
    }

    // ---------- sort ----------

    /** The column key of the current sort ("updated" unless chosen). */
    public String getSort() {
        return key(sort);
    }

    public String getDirection() {
        return ascending ? "asc" : "desc";
    }

    /** The {@code aria-sort} of a column's header. */
    public String ariaSort(String column) {
        if (!isSortedBy(column)) {
            return "none";
        }
        return ascending ? "ascending" : "descending";
    }

    /** The icon of a column's sort state. */
    public String sortIcon(String column) {
        if (!isSortedBy(column)) {
            return "pi-sort-alt";
        }
        return ascending ? "pi-sort-amount-up-alt" : "pi-sort-amount-down";
    }

    /** The address that sorts by a column: ascending first, then the other way on each choice. */
    public String sortQuery(String column) {
        Map<String, String> query = filterQuery();
        query.put("sort", column);
        query.put("dir", isSortedBy(column) && ascending ? "desc" : "asc");
        return toQuery(query);
    }

    // ---------- pages ----------

    public int getPageNumber() {
        return pageNumber;
    }

    public int getPageCount() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The first row of the page, counted from 1 (0 when there is none). */
    public long getFirstRow() {
        return getRows().isEmpty() ? 0 : (long) (pageNumber - 1) * PAGE_SIZE + 1;
    }

    public long getLastRow() {
        return getRows().isEmpty() ? 0 : getFirstRow() + getRows().size() - 1;
    }

    /** The page numbers the pager links to: up to five around the current one. */
    public List<Integer> getPageNumbers() {
        int from = Math.max(1, Math.min(pageNumber - 2, getPageCount() - 4));
        int to = Math.min(getPageCount(), from + 4);
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }

    /** The address of another page with the same filters and sort. */
    public String pageQuery(int number) {
        Map<String, String> query = filterQuery();
        if (sortChosen) {
            query.put("sort", getSort());
            query.put("dir", getDirection());
        }
        if (number > 1) {
            query.put("page", String.valueOf(number));
        }
        return toQuery(query);
    }

    private WorklistPage page() {
        if (page == null) {
            page = worklist.find(filter.query(sort, ascending, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE));
            if (page.rows().isEmpty() && pageNumber > 1 && page.total() > 0) {
                // a page beyond the end (the list shrank since the link was made): the last one instead
                pageNumber = (int) ((page.total() + PAGE_SIZE - 1) / PAGE_SIZE);
                page = worklist.find(filter.query(sort, ascending, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE));
            }
        }
        return page;
    }

    private boolean isSortedBy(String column) {
        return WorklistSort.parse(column).map(s -> s == sort).orElse(false);
    }

    private Map<String, String> filterQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        putIfSet(
                query,
                "status",
                filter.getStatus() == null ? null : filter.getStatus().name());
        putIfSet(query, "condition", filter.getCondition());
        putIfSet(query, "team", filter.getTeam());
        putIfSet(query, "clinician", filter.getClinician());
        putIfSet(query, "q", filter.getText());
        return query;
    }

    private static void putIfSet(Map<String, String> query, String name, String value) {
        if (value != null) {
            query.put(name, value);
        }
    }

    private static String toQuery(Map<String, String> query) {
        return query.isEmpty()
                ? ""
                : "?"
                        + query.entrySet().stream()
                                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                                .collect(Collectors.joining("&"));
    }

    private static String key(WorklistSort sort) {
        return sort == WorklistSort.PSEUDONYM ? "patient" : sort.name().toLowerCase(Locale.ROOT);
    }

    private static int parsePage(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
