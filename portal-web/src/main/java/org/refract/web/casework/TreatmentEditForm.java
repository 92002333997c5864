package org.refract.web.casework;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.refract.service.casework.ClinicalRecordService;
import org.refract.service.casework.TreatmentLineRow;
import org.refract.web.shared.FormFeedback;

/**
 * The edit dialog of a treatment line: its end, outcome, adherence, inhaler technique and adequacy (what a team
 * learns as a line runs; therapy, dose and start stay as recorded).
 */
@Named
@ViewScoped
public class TreatmentEditForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClinicalRecordService records;

    @Inject
    CaseChange change;

    private final FormFeedback feedback = new FormFeedback();
    private long lineId;
    private String therapyName;
    private boolean inhaled;
    private TreatmentFields fields = new TreatmentFields();

    public void begin(TreatmentLineRow line) {
        lineId = line.id();
        therapyName = line.therapyName();
        inhaled = line.inhaled();
        fields = TreatmentFields.of(line);
        feedback.clear();
    }

    public void save() {
        change.run(
                feedback,
                (id, version) -> records.updateTreatmentLine(id, version, lineId, fields.entry(inhaled)),
                TreatmentFields::inputId,
                "case.treatment.updated",
                therapyName);
    }

    /** Whether a line was chosen: the dialog renders its fields only then. */
    public boolean isEditing() {
        return lineId != 0;
    }

    public String getTherapyName() {
        return therapyName;
    }

    public boolean isInhaled() {
        return inhaled;
    }

    public TreatmentFields getFields() {
        return fields;
    }

    public FormFeedback getFeedback() {
        return feedback;
    }
}
