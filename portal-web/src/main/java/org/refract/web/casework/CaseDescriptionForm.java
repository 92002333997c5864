package org.refract.web.casework;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.web.shared.FormFeedback;

/**
 * The Overview's edit form: title, summary and responsible clinician. On the case page it is a page of its own
 * ({@code ?id=N&edit=summary}, {@link CasePage#isSummaryEdit()}), open from the start and back to the Overview's
 * address after a save, so that the Overview itself keeps no view; on the meeting screen it opens in place.
 */
@Named
@ViewScoped
public class CaseDescriptionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseService cases;

    @Inject
    CasePage page;

    @Inject
    CaseChange change;

    private final FormFeedback feedback = new FormFeedback();
    private boolean editing;
    private String title;
    private String summary;
    private String clinician;

    /** On the summary form's own address the form opens at once (when the case can still be edited). */
    @PostConstruct
    void openFromAddress() {
        if (page.isSummaryEdit() && page.isEditable()) {
            edit();
        }
    }

    /** Starts editing with what the case says now. */
    public void edit() {
        CaseDetail detail = page.getDetail();
        title = detail.title();
        summary = detail.summary();
        clinician = detail.clinicianUsername();
        feedback.clear();
        editing = true;
    }

    public void cancel() {
        feedback.clear();
        editing = false;
    }

    /**
     * Saves; on the form's own page, then goes back to the Overview's address with the confirmation (a redirect, so
     * that reloading the Overview does not post again).
     */
    public String save() {
        if (!change.run(
                feedback,
                (id, version) -> cases.describe(id, version, title, summary, clinician),
                "case.description.saved")) {
            return null;
        }
        editing = false;
        if (!page.isSummaryEdit()) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/cases/case?faces-redirect=true&id=" + page.getId();
    }

    public FormFeedback getFeedback() {
        return feedback;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getClinician() {
        return clinician;
    }

    public void setClinician(String clinician) {
        this.clinician = clinician;
    }
}
