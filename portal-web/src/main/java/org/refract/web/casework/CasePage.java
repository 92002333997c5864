package org.refract.web.casework;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.TeamMemberOption;
import org.refract.service.catalog.CatalogService;
import org.refract.service.catalog.ConditionCatalog;
import org.refract.service.catalog.FactorOption;
import org.refract.service.catalog.InstrumentOption;
import org.refract.service.catalog.TherapyOption;
import org.refract.service.shared.NotFoundException;
import org.refract.web.shared.Messages;

/**
 * {@code /cases/case.xhtml?id=N&tab=history}: the case the page shows, for the header card and the one tab the page
 * holds (each tab is its own address; {@link CaseTab}). The first load of an opening writes a line in the view log
 * ({@link CaseOpenings}: not again for each tab); every later refresh reads the case again without logging, so that
 * the version the forms send is always the one the user sees.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseService cases;

    @Inject
    CatalogService catalog;

    @Inject
    CaseOpenings openings;

    @Inject
    Clock clock;

    private String idParam;
    private CaseTab tab = CaseTab.OVERVIEW;
    private CaseDetail detail;
    private List<TeamMemberOption> clinicians;

    /**
     * The view action of the first request. A case that does not exist, or that belongs to another team, answers
     * HTTP 404 exactly like an unknown page; a role without access to clinical data answers 403.
     */
    public void open() throws IOException {
        if (detail != null) {
            return;
        }
        Optional<Long> id = parseId(idParam);
        if (id.isEmpty()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No case id.");
            return;
        }
        try {
            Instant now = clock.instant();
            detail = openings.continues(id.get(), now) ? cases.get(id.get()) : cases.open(id.get());
            openings.shown(id.get(), now);
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        } catch (EJBAccessException e) {
            Faces.responseSendError(HttpServletResponse.SC_FORBIDDEN, "Clinical data are for clinicians.");
        }
    }

    /** Reads the case again after a change, so that the page shows it and holds its current version. */
    public void refresh() {
        detail = cases.get(detail.id());
    }

    /** "Reload the case" after a conflict: shows what the other person saved; forms keep what the user typed. */
    public void reload() {
        refresh();
        Messages.addGlobalInfo(FacesContext.getCurrentInstance(), "case.reloaded");
    }

    public CaseDetail getDetail() {
        return detail;
    }

    public long getId() {
        return detail.id();
    }

    /** The version every change sends: the one the user is looking at. */
    public long getVersion() {
        return detail.version();
    }

    public boolean isEditable() {
        return detail.status().isEditable();
    }

    public ConditionCatalog getCatalog() {
        return catalog.forCondition(detail.conditionCode())
                .orElseThrow(() -> new IllegalStateException("No catalogue for " + detail.conditionCode()));
    }

    public List<InstrumentOption> getInstruments() {
        return getCatalog().instruments();
    }

    public List<TherapyOption> getTherapies() {
        return getCatalog().therapies();
    }

    public List<FactorOption> getFactors() {
        return getCatalog().factors();
    }

    public Optional<InstrumentOption> instrument(String code) {
        return code == null ? Optional.empty() : getCatalog().instrument(code);
    }

    public Optional<TherapyOption> therapy(String code) {
        return getTherapies().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /**
     * Members of the case's team, loaded once per view and only when something shows them (the clinician choice,
     * names in the factor checklist and the history, a conflict message): the first view of the page does not.
     */
    public List<TeamMemberOption> getClinicians() {
        if (clinicians == null) {
            clinicians = cases.clinicianOptions(detail.id());
        }
        return clinicians;
    }

    /** "Dr Samuel Okafor (resp.pulm)" for a team member, the username for anyone else. */
    public String personName(String username) {
        return getClinicians().stream()
                .filter(c -> c.username().equals(username))
                .findFirst()
                .map(c -> label(c.displayName(), username))
                .orElse(username);
    }

    /** Who saved the case last, named like {@link #personName} (the name came with the case). */
    public String getUpdatedBy() {
        return label(detail.updatedByName(), detail.updatedBy());
    }

    private static String label(String displayName, String username) {
        return displayName == null || displayName.equals(username) ? username : displayName + " (" + username + ")";
    }

    /** The tab the page shows (chosen by the address, fixed for the life of the view). */
    public CaseTab getTab() {
        return tab;
    }

    public List<CaseTab> getTabs() {
        return List.of(CaseTab.values());
    }

    public String getTabParam() {
        return tab.key();
    }

    public void setTabParam(String tabParam) {
        this.tab = CaseTab.of(tabParam);
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    static Optional<Long> parseId(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value.strip()));
    }
}
