package org.refract.service.casework;

import java.io.Serializable;
import org.refract.domain.casework.CaseStatus;

/**
 * Filters, sort and page of the worklist. Null filters do not filter. The caller's teams always do.
 *
 * @param text matched, case-insensitively, against the pseudonym and the title
 */
public record WorklistQuery(
        String condition,
        CaseStatus status,
        String team,
        String clinician,
        String text,
        WorklistSort sort,
        boolean ascending,
        int first,
        int size)
        implements Serializable {

    public static final int MAX_PAGE_SIZE = 100;

    public WorklistQuery {
        sort = sort == null ? WorklistSort.UPDATED : sort;
        first = Math.max(0, first);
        size = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
    }

    public static WorklistQuery firstPage() {
        return new WorklistQuery(null, null, null, null, null, WorklistSort.UPDATED, false, 0, 25);
    }

    public WorklistQuery withStatus(CaseStatus newStatus) {
        return new WorklistQuery(condition, newStatus, team, clinician, text, sort, ascending, first, size);
    }
}
