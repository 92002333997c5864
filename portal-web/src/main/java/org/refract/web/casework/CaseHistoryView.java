package org.refract.web.casework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.refract.service.casework.CaseHistory;
import org.refract.service.casework.CaseHistoryService;
import org.refract.service.casework.CaseViewRow;
import org.refract.service.casework.HistoryRow;

/**
 * The History tab: every saved change, field by field, and who opened the case. Read in one service call, once per
 * request, and only when the tab is shown (it loads on demand).
 */
@Named
@RequestScoped
public class CaseHistoryView {

    /** The latest openings are what a reader wants; the service keeps the rest. */
    private static final int VIEWS_SHOWN = 30;

    @Inject
    CaseHistoryService histories;

    @Inject
    CasePage page;

    private CaseHistory loaded;

    public List<HistoryRow> getHistory() {
        return load().changes();
    }

    public List<CaseViewRow> getViews() {
        return load().views();
    }

    /** "Dr Samuel Okafor (resp.pulm)" for a member of the case's team, the username for anyone else. */
    public String person(String username) {
        String name = load().names().get(username);
        return name == null ? username : name + " (" + username + ")";
    }

    private CaseHistory load() {
        if (loaded == null) {
            loaded = histories.historyAndViews(page.getId(), VIEWS_SHOWN);
        }
        return loaded;
    }
}
