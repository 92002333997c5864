package org.refract.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.refract.service.casework.CaseRow;
import org.refract.service.casework.WorklistQuery;
import org.refract.service.casework.WorklistService;
import org.refract.service.casework.WorklistSort;
import org.refract.service.identity.TeamSummary;
import org.refract.web.shared.CurrentUser;

/** {@code /home.xhtml}: the clinician's start page. */
@Named
@RequestScoped
public class HomeBacking {

    /** How many of the caller's cases the home page lists; the worklist has the rest. */
    static final int MY_CASES = 5;

    @Inject
    CurrentUser currentUser;

    @EJB
    WorklistService worklist;

    private List<CaseRow> myCases;

    public List<TeamSummary> getTeams() {
        return currentUser.getProfile().teams();
    }

    /** The caller's most recently updated cases (those they are responsible for). */
    public List<CaseRow> getMyCases() {
        if (myCases == null) {
            myCases = currentUser.isClinician() || currentUser.isChair()
                    ? worklist.find(new WorklistQuery(null, null, null, currentUser.getProfile().username(), null,
                            WorklistSort.UPDATED, false, 0, MY_CASES)).rows()
                    : List.of();
        }
        return myCases;
    }

    public String getUsername() {
        return currentUser.getProfile().username();
    }
}
