package org.refract.web.casework;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.refract.domain.casework.CaseStatus;
import org.refract.service.casework.WorklistService;
import org.refract.service.catalog.CatalogService;
import org.refract.service.catalog.ConditionOption;
import org.refract.service.decision.ReviewDueService;
import org.refract.service.identity.TeamSummary;
import org.refract.web.shared.CurrentUser;

/**
 * {@code /cases/index.xhtml}: the worklist of the caller's teams. Filters start from the address (so that a
 * filtered worklist can be bookmarked and the status chips are plain links) and then change in the header row.
 */
@Named
@ViewScoped
public class WorklistBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorklistService worklist;

    @Inject
    ReviewDueService reviews;

    @EJB
    transient CatalogService catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    @Param(name = "condition")
    String conditionParam;

    @Inject
    @Param(name = "status")
    String statusParam;

    @Inject
    @Param(name = "team")
    String teamParam;

    @Inject
    @Param(name = "clinician")
    String clinicianParam;

    @Inject
    @Param(name = "q")
    String textParam;

    private final CaseFilter filter = new CaseFilter();
    private CaseLazyModel cases;
    private List<ConditionOption> conditions;

    @PostConstruct
    void init() {
        filter.setCondition(conditionParam);
        filter.setStatus(Arrays.stream(CaseStatus.values())
                .filter(s -> s.name().equals(statusParam))
                .findFirst()
                .orElse(null));
        filter.setTeam(teamParam);
        filter.setClinician(clinicianParam);
        filter.setText(textParam);
        cases = new CaseLazyModel(worklist, reviews, filter);
    }

    public CaseFilter getFilter() {
        return filter;
    }

    public CaseLazyModel getCases() {
        return cases;
    }

    public List<CaseStatus> getStatuses() {
        return List.of(CaseStatus.values());
    }

    public long count(CaseStatus status) {
        return cases.statusCounts().getOrDefault(status, 0L);
    }

    public long getCountOfAll() {
        return cases.totalOfAllStatuses();
    }

    public List<ConditionOption> getConditions() {
        if (conditions == null) {
            conditions = catalog.conditions();
        }
        return conditions;
    }

    public List<TeamSummary> getTeams() {
        return currentUser.getProfile().teams();
    }

    /** The caller, for the "my cases" choice of the clinician filter. */
    public String getCaller() {
        return currentUser.getProfile().username();
    }
}
