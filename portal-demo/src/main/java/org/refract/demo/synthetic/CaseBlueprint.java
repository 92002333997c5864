package org.refract.demo.synthetic;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One synthetic case, ready to be written: the pseudonymous patient, the case itself and its clinical data. Codes
 * are catalogue codes and status words are the values of the database columns, so a writer only resolves ids.
 *
 * @param pseudonym patient pseudonym ({@code P-} and six or more digits); never a real identifier
 * @param birthYear patient's year of birth
 * @param sex F, M or X
 * @param conditionCode catalogue condition code
 * @param teamCode the team that owns the case
 * @param title short case title
 * @param summary neutral clinical summary without names, places or hospital numbers
 * @param status case status (DRAFT, READY_FOR_REVIEW, IN_REVIEW, RECOMMENDATION_ISSUED, FOLLOW_UP, CLOSED)
 * @param createdAt when the case was opened
 * @param statusChangedAt when it reached its current status
 * @param updatedAt last change
 * @param clinicianPick a random number the writer maps onto one member of the team, so the choice stays
 *        deterministic without the factory knowing the users
 * @param observations measurements, oldest first
 * @param treatmentLines treatment lines, oldest first
 * @param findings resistance-factor findings, one per factor
 */
public record CaseBlueprint(
        String pseudonym,
        int birthYear,
        String sex,
        String conditionCode,
        String teamCode,
        String title,
        String summary,
        String status,
        Instant createdAt,
        Instant statusChangedAt,
        Instant updatedAt,
        int clinicianPick,
        List<ObservationBlueprint> observations,
        List<TreatmentLineBlueprint> treatmentLines,
        List<FindingBlueprint> findings) {

    public CaseBlueprint {
        Objects.requireNonNull(pseudonym, "The pseudonym is required.");
        observations = List.copyOf(observations);
        treatmentLines = List.copyOf(treatmentLines);
        findings = List.copyOf(findings);
    }

    /** Rows this case adds to the database: patient, case, observations, treatment lines and findings. */
    public int rowCount() {
        return 2 + observations.size() + treatmentLines.size() + findings.size();
    }
}
