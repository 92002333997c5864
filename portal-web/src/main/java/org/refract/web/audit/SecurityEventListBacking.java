package org.refract.web.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.refract.domain.audit.SecurityEventKind;
import org.refract.service.audit.SecurityEventPage;
import org.refract.service.audit.SecurityEventQuery;
import org.refract.service.audit.SecurityEventService;
import org.refract.web.shared.Messages;

/**
 * {@code /admin/security/index.xhtml}: the security log for administrators, filtered by kind, account and a range of
 * days by the page's GET form (so a filtered log can be bookmarked), {@value #PAGE_SIZE} events a page, paged and
 * counted in the database. A wrong filter shows its message beside it and lists nothing.
 */
@Named
@RequestScoped
public class SecurityEventListBacking {

    static final int PAGE_SIZE = 50;

    @EJB
    SecurityEventService events;

    private String kind;
    private String user;
    private String from;
    private String to;
    private int page;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private SecurityEventPage result;

    /** Reads the filters and loads the page asked for. */
    public void load() {
        SecurityEventKind kindFilter = kind();
        LocalDate fromDay = day("from", from);
        LocalDate toDay = day("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.put("to", text("security.filter.toBeforeFrom"));
        }
        if (!errors.isEmpty()) {
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        result = events.find(new SecurityEventQuery(
                kindFilter,
                user,
                fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant(),
                Math.max(page, 0) * PAGE_SIZE,
                PAGE_SIZE));
    }

    private SecurityEventKind kind() {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return SecurityEventKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            errors.put("kind", text("security.filter.kind.unknown"));
            return null;
        }
    }

    private LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, text("security.filter.date.invalid"));
            return null;
        }
    }

    private static String text(String key) {
        return Messages.text(FacesContext.getCurrentInstance(), key);
    }

    public List<SecurityEventKind> getKinds() {
        return Arrays.asList(SecurityEventKind.values());
    }

    public SecurityEventPage getResult() {
        return result;
    }

    /** The number of the first event shown, from 1. */
    public long getFirstShown() {
        return (long) Math.max(page, 0) * PAGE_SIZE + 1;
    }

    public long getLastShown() {
        return result == null ? 0 : getFirstShown() + result.rows().size() - 1;
    }

    public boolean isPreviousPage() {
        return page > 0;
    }

    public boolean isNextPage() {
        return result != null && getLastShown() < result.total();
    }

    /** The query string of the current filters on another page, for the paging links. */
    public String query(int otherPage) {
        StringJoiner query = new StringJoiner("&");
        parameter(query, "kind", kind);
        parameter(query, "user", user);
        parameter(query, "from", from);
        parameter(query, "to", to);
        query.add("page=" + Math.max(otherPage, 0));
        return query.toString();
    }

    private static void parameter(StringJoiner query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
