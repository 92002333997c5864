package org.refract.web.casework;

import jakarta.annotation.PostConstruct;
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
import java.util.Arrays;
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
import org.refract.web.shared.FormFeedback;
import org.refract.web.shared.Messages;
import org.refract.web.shared.NavLink;

/**
 * {@code /cases/case.xhtml?id=N&tab=history}: the case the page shows, for the header card and the one tab the page
 * holds (each tab is its own address; {@link CaseTab}). The first load of an opening writes a line in the view log
 * ({@link CaseOpenings}: not again for each tab); every later refresh reads the case again without logging, so that
 * the version the forms send is always the one the user sees. The view keeps the case's id and the version shown, not
 * the record: that is read once per request ({@link RequestCaseRecord}), so an open case page costs the session a few
 * bytes, not the case's measurements and treatment lines. A read-only tab's page, and the Overview's unless its
 * address opens the summary's form, is a stateless view ({@link #isStateless()}): it keeps nothing, so the header's
 * workflow form carries the page's address ({@code id} and {@code tab} as hidden fields) and the version shown
 * ({@link #VERSION_FIELD}); on such a postback the case is read again from them.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The request parameter of the header's workflow form that carries the case version the page showed. */
    public static final String VERSION_FIELD = "case-version";

    /** The value of the address's {@code edit} parameter that opens the Overview's summary form. */
    static final String SUMMARY_EDIT = "summary";

    @Inject
    CaseService cases;

    @Inject
    CatalogService catalog;

    @Inject
    CaseOpenings openings;

    @Inject
    Clock clock;

    @Inject
    RequestCaseRecord record;

    @Inject
    CaseAddress address;

    private String idParam;
    private CaseTab tab = CaseTab.OVERVIEW;
    private boolean summaryEdit;
    private Long shownVersion;
    private List<TeamMemberOption> clinicians;

    /**
     * The address's {@code id} and {@code tab}, read when the bean is made, before the view is built (the tab decides
     * what is built): on a stateful view's first request the view parameters set the same values again; a stateless
     * view has no view parameters, and its form carries them as hidden fields for its postback.
     */
    @PostConstruct
    void readAddress() {
        idParam = address.getId();
        tab = address.getTab();
        summaryEdit = address.isSummaryEdit();
    }

    /**
     * The view action of a stateful view's first request. A case that does not exist, or that belongs to another team,
     * answers HTTP 404 exactly like an unknown page; a role without access to clinical data answers 403.
     */
    public void open() throws IOException {
        if (record.get() != null) {
            return;
        }
        Optional<Long> id = parseId(idParam);
        if (id.isEmpty()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No case id.");
            return;
        }
        try {
            Instant now = clock.instant();
            show(openings.continues(id.get(), now) ? cases.get(id.get()) : cases.open(id.get()));
            openings.shown(id.get(), now);
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        } catch (EJBAccessException e) {
            Faces.responseSendError(HttpServletResponse.SC_FORBIDDEN, "Clinical data are for clinicians.");
        }
    }

    /**
     * Opens the case, as {@link #open} does, on the first request of a stateless view, which has no view action: just
     * before its render (after a stateful view's action, or on a postback, nothing is left to do).
     */
    public void openBeforeRender() throws IOException {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            open();
        }
    }

    /** Reads the case again after a change, so that the page shows it and holds its current version. */
    public void refresh() {
        show(cases.get(getDetail().id()));
    }

    private void show(CaseDetail detail) {
        record.hold(detail);
        shownVersion = detail.version();
    }

    /**
     * "Reload the case" after a conflict: shows what the other person saved and takes the conflict away from the form
     * that reported it; forms keep what the user typed.
     */
    public void reload(FormFeedback feedback) {
        feedback.clear();
        refresh();
        Messages.addGlobalInfo(FacesContext.getCurrentInstance(), "case.reloaded");
    }

    /**
     * The case, read once per request: on a postback (and on a poll of the meeting screen) again from the id, without a
     * view-log line. The version stays the one the page showed; on a stateless tab's postback, which kept no view, it is
     * the one its form carried ({@link #VERSION_FIELD}).
     */
    public CaseDetail getDetail() {
        if (record.get() == null) {
            Optional<Long> id = parseId(idParam);
            if (id.isPresent()) {
                record.hold(cases.get(id.get()));
                if (shownVersion == null && FacesContext.getCurrentInstance().isPostback()) {
                    shownVersion =
                            parseId(Faces.getRequestParameter(VERSION_FIELD)).orElse(null);
                }
            }
        }
        return record.get();
    }

    public long getId() {
        return getDetail().id();
    }

    /** The version every change sends: the one the user is looking at. */
    public long getVersion() {
        return shownVersion != null ? shownVersion : getDetail().version();
    }

    public boolean isEditable() {
        return getDetail().status().isEditable();
    }

    public ConditionCatalog getCatalog() {
        String condition = getDetail().conditionCode();
        return catalog.forCondition(condition)
                .orElseThrow(() -> new IllegalStateException("No catalogue for " + condition));
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
            clinicians = cases.clinicianOptions(getId());
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
        return label(getDetail().updatedByName(), getDetail().updatedBy());
    }

    private static String label(String displayName, String username) {
        return displayName == null || displayName.equals(username) ? username : displayName + " (" + username + ")";
    }

    /** The tab the page shows (chosen by the address, fixed for the life of the view). */
    public CaseTab getTab() {
        return tab;
    }

    /** The tab bar's links, in the order of {@link CaseTab}, the shown tab's marked ({@code ?id=N&tab=history}). */
    public List<NavLink> getTabLinks() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String page = faces.getExternalContext().getRequestContextPath() + CaseLinks.CASE_PAGE + getId();
        return Arrays.stream(CaseTab.values())
                .map(t -> new NavLink(
                        null,
                        t == CaseTab.OVERVIEW ? page : page + "&tab=" + t.key(),
                        Messages.text(faces, "case.tab." + t.key()),
                        null,
                        t == tab))
                .toList();
    }

    /**
     * The outcome that redirects to the page's own address ({@code ?id=N}, with its tab and the summary's form where
     * it shows them): where a step of the workflow goes after it was taken.
     */
    public String getRedirect() {
        return "/cases/case?faces-redirect=true&id=" + idAndView();
    }

    /** The page's own address, to read the case again by a plain GET (the workflow form's "Reload the case"). */
    public String getAddress() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + CaseLinks.CASE_PAGE
                + idAndView();
    }

    /** The address's parameters from the id on: {@code N&tab=history}, {@code N&edit=summary} or {@code N}. */
    private String idAndView() {
        StringBuilder query = new StringBuilder().append(getId());
        if (tab != CaseTab.OVERVIEW) {
            query.append("&tab=").append(tab.key());
        } else if (isSummaryEdit()) {
            query.append("&edit=").append(SUMMARY_EDIT);
        }
        return query.toString();
    }

    /**
     * Whether the address opens the summary's form ({@code ?id=N&edit=summary}): that page is a stateful view; the
     * Overview without it shows the summary with a link to that address, and is stateless (issue 16: saving the
     * Overview's view was the largest part left of the case page's cost).
     */
    public boolean isSummaryEdit() {
        return summaryEdit && tab == CaseTab.OVERVIEW;
    }

    /** Whether the page keeps no view in the session: a read-only tab, or the Overview without its summary form. */
    public boolean isStateless() {
        return CaseAddress.stateless(tab, summaryEdit);
    }

    public String getEditParam() {
        return isSummaryEdit() ? SUMMARY_EDIT : null;
    }

    public void setEditParam(String editParam) {
        this.summaryEdit = SUMMARY_EDIT.equals(editParam);
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
