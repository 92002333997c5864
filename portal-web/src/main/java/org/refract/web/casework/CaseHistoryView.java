package org.refract.web.casework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.refract.service.casework.CaseHistoryService;
import org.refract.service.casework.CaseViewRow;
import org.refract.service.casework.HistoryEntry;

/** The History tab: every saved change, field by field, and who opened the case. Read once per request. */
@Named
@RequestScoped
public class CaseHistoryView {

    /** The latest openings are what a reader wants; the service keeps the rest. */
    private static final int VIEWS_SHOWN = 30;

    @Inject
    CaseHistoryService histories;

    @Inject
    CasePage page;

    private List<HistoryEntry> history;
    private List<CaseViewRow> views;

    public List<HistoryEntry> getHistory() {
        if (history == null) {
            history = histories.history(page.getId());
        }
        return history;
    }

    public List<CaseViewRow> getViews() {
        if (views == null) {
            List<CaseViewRow> all = histories.viewLog(page.getId());
            views = all.subList(0, Math.min(VIEWS_SHOWN, all.size()));
        }
        return views;
    }
}
