package org.refract.web.casework;

import java.io.Serializable;
import java.time.LocalDate;
import org.refract.service.casework.TreatmentLineRequest;
import org.refract.service.casework.TreatmentLineRow;

/**
 * What the treatment forms hold: the line as entered, with null booleans for "not known yet". Shared by the add
 * form and the edit dialog, which differ only in what they let the user change.
 */
public class TreatmentFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String therapy;
    private String dose;
    private LocalDate start;
    private LocalDate end;
    private String response;
    private String reasonStopped;
    private Boolean adherenceConfirmed;
    private String adherenceMethod;
    private Boolean inhalerTechniqueChecked;
    private Boolean adequateTrial;
    private String adequacyReason;

    static TreatmentFields of(TreatmentLineRow row) {
        TreatmentFields fields = new TreatmentFields();
        fields.therapy = row.therapyCode();
        fields.dose = row.dose();
        fields.start = row.start();
        fields.end = row.end();
        fields.response = row.response() == null ? null : row.response().name();
        fields.reasonStopped = row.reasonStopped();
        fields.adherenceConfirmed = row.adherenceConfirmed();
        fields.adherenceMethod = row.adherenceMethod();
        fields.inhalerTechniqueChecked = row.inhalerTechniqueChecked();
        fields.adequateTrial = row.adequateTrial();
        fields.adequacyReason = row.adequacyReason();
        return fields;
    }

    TreatmentLineRequest entry(boolean inhaled) {
        return new TreatmentLineRequest(
                therapy,
                dose,
                start,
                end,
                response,
                reasonStopped,
                adherenceConfirmed,
                adherenceMethod,
                inhaled ? inhalerTechniqueChecked : null,
                adequateTrial,
                adequacyReason);
    }

    /** The service's field name → the input's id: the same, but for the two checkboxes' companions. */
    static String inputId(String field) {
        return switch (field) {
            case "therapy",
                    "dose",
                    "start",
                    "end",
                    "response",
                    "reasonStopped",
                    "adherenceConfirmed",
                    "adherenceMethod",
                    "inhalerTechniqueChecked",
                    "adequateTrial",
                    "adequacyReason" -> field;
            default -> null;
        };
    }

    public String getTherapy() {
        return therapy;
    }

    public void setTherapy(String therapy) {
        this.therapy = therapy;
    }

    public String getDose() {
        return dose;
    }

    public void setDose(String dose) {
        this.dose = dose;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public String getReasonStopped() {
        return reasonStopped;
    }

    public void setReasonStopped(String reasonStopped) {
        this.reasonStopped = reasonStopped;
    }

    public Boolean getAdherenceConfirmed() {
        return adherenceConfirmed;
    }

    public void setAdherenceConfirmed(Boolean adherenceConfirmed) {
        this.adherenceConfirmed = adherenceConfirmed;
    }

    public String getAdherenceMethod() {
        return adherenceMethod;
    }

    public void setAdherenceMethod(String adherenceMethod) {
        this.adherenceMethod = adherenceMethod;
    }

    public Boolean getInhalerTechniqueChecked() {
        return inhalerTechniqueChecked;
    }

    public void setInhalerTechniqueChecked(Boolean inhalerTechniqueChecked) {
        this.inhalerTechniqueChecked = inhalerTechniqueChecked;
    }

    public Boolean getAdequateTrial() {
        return adequateTrial;
    }

    public void setAdequateTrial(Boolean adequateTrial) {
        this.adequateTrial = adequateTrial;
    }

    public String getAdequacyReason() {
        return adequacyReason;
    }

    public void setAdequacyReason(String adequacyReason) {
        this.adequacyReason = adequacyReason;
    }
}
