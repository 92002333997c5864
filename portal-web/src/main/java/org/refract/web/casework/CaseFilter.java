package org.refract.web.casework;

import java.io.Serializable;
import java.util.Objects;
import org.refract.domain.casework.CaseStatus;
import org.refract.service.casework.WorklistQuery;
import org.refract.service.casework.WorklistSort;

/**
 * The worklist filters as the header row of the table edits them. Blank values mean "no filter", so that an
 * emptied input and an untouched one ask the same question.
 */
public class CaseFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String condition;
    private CaseStatus status;
    private String team;
    private String clinician;
    private String text;

    /** The query of one page with these filters. */
    public WorklistQuery query(WorklistSort sort, boolean ascending, int first, int size) {
        return new WorklistQuery(condition, status, team, clinician, text, sort, ascending, first, size);
    }

    /** Whether a query asked for the same cases, whatever its sort and page. */
    public boolean sameCasesAs(WorklistQuery query) {
        return query != null
                && Objects.equals(condition, query.condition())
                && status == query.status()
                && Objects.equals(team, query.team())
                && Objects.equals(clinician, query.clinician())
                && Objects.equals(text, query.text());
    }

    /** Whether any filter is set; the empty state then offers to reset them. */
    public boolean isActive() {
        return condition != null || status != null || team != null || clinician != null || text != null;
    }

    public String getCondition() {
        return condition;
    }

    public void setCondition(String condition) {
        this.condition = blankToNull(condition);
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = blankToNull(team);
    }

    public String getClinician() {
        return clinician;
    }

    public void setClinician(String clinician) {
        this.clinician = blankToNull(clinician);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = blankToNull(text);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
