package org.refract.web.casework;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.web.shared.FormFeedback;

/** The Overview's edit form: title, summary and responsible clinician. */
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

    public void save() {
        if (change.run(
                feedback,
                (id, version) -> cases.describe(id, version, title, summary, clinician),
                "case.description.saved")) {
            editing = false;
        }
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
