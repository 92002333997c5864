package org.refract.service.casework;

import java.io.Serializable;
import java.util.List;

/**
 * Everything needed to open a case, as one request (the REST body or the new-case form).
 *
 * @param team the owning team's code; may be null when the caller belongs to exactly one team
 * @param title a short title; null derives one from the condition
 */
public record NewCase(
        PatientRequest patient,
        String condition,
        String team,
        String title,
        String summary,
        List<ObservationRequest> observations,
        List<TreatmentLineRequest> treatmentLines,
        List<FindingRequest> findings)
        implements Serializable {

    public NewCase {
        observations = observations == null ? List.of() : List.copyOf(observations);
        treatmentLines = treatmentLines == null ? List.of() : List.copyOf(treatmentLines);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
