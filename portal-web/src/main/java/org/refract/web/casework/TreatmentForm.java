package org.refract.web.casework;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.refract.service.casework.ClinicalRecordService;
import org.refract.service.catalog.TherapyOption;
import org.refract.web.shared.FormFeedback;

/** The Treatments tab's add form. Inhaler technique is asked only for inhaled therapies. */
@Named
@ViewScoped
public class TreatmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClinicalRecordService records;

    @Inject
    CasePage page;

    @Inject
    CaseChange change;

    private final FormFeedback feedback = new FormFeedback();
    private TreatmentFields fields = new TreatmentFields();

    public void add() {
        String name = page.therapy(fields.getTherapy()).map(TherapyOption::name).orElse(fields.getTherapy());
        if (change.run(
                feedback,
                (id, version) -> records.addTreatmentLine(id, version, fields.entry(isInhaled())),
                TreatmentFields::inputId,
                "case.treatment.added",
                name)) {
            fields = new TreatmentFields();
        }
    }

    public boolean isInhaled() {
        return page.therapy(fields.getTherapy()).map(TherapyOption::inhaled).orElse(false);
    }

    public TreatmentFields getFields() {
        return fields;
    }

    public FormFeedback getFeedback() {
        return feedback;
    }
}
