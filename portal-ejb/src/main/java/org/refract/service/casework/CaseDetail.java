package org.refract.service.casework;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.casework.ClinicalCase;

/**
 * A case with everything recorded about it, as the case page and {@code GET /api/cases/{id}} show it. Observations
 * are ordered by instrument and date (counts derived from events among them), treatment lines by start, findings by factor, events newest first. {@code updatedByName} is the
 * display name of whoever saved last (their username when the account is gone), for the case page's header.
 */
public record CaseDetail(
        long id,
        long version,
        String pseudonym,
        int birthYear,
        int age,
        String sex,
        String conditionCode,
        String conditionName,
        String teamCode,
        String teamName,
        String clinicianUsername,
        String clinicianName,
        String title,
        String summary,
        CaseStatus status,
        Instant statusChangedAt,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        String updatedByName,
        List<ObservationRow> observations,
        List<TreatmentLineRow> treatmentLines,
        List<FindingRow> findings,
        List<EventRow> events)
        implements Serializable {

    /** The detail of a case just written by its clinician or read without the name of who saved last. */
    static CaseDetail of(ClinicalCase c, int currentYear) {
        boolean byClinician = c.getClinician().getUsername().equals(c.getUpdatedBy());
        return of(
                c,
                TeamMemberOption.of(c.getClinician()),
                byClinician ? c.getClinician().getDisplayName() : null,
                currentYear,
                List.of());
    }

    /**
     * @param clinician the responsible clinician (read as a name, so that a page need not load the account)
     * @param derived counts derived from the case's events; listed with the typed observations, before a typed one
     *        of the same instrument and day, so that the rules (which take the newest) use the derived count
     */
    static CaseDetail of(
            ClinicalCase c,
            TeamMemberOption clinician,
            String updatedByName,
            int currentYear,
            List<ObservationRow> derived) {
        var patient = c.getPatient();
        return new CaseDetail(
                c.getId(),
                c.getVersion(),
                patient.getPseudonym(),
                patient.getBirthYear(),
                patient.ageIn(currentYear),
                patient.getSex().name(),
                c.getCondition().getCode(),
                c.getCondition().getName(),
                c.getTeam().getCode(),
                c.getTeam().getName(),
                clinician.username(),
                clinician.displayName(),
                c.getTitle(),
                c.getSummary(),
                c.getStatus(),
                c.getStatusChangedAt(),
                c.getCreatedAt(),
                c.getCreatedBy(),
                c.getUpdatedAt(),
                c.getUpdatedBy(),
                updatedByName == null ? c.getUpdatedBy() : updatedByName,
                Stream.concat(derived.stream(), c.getObservations().stream().map(ObservationRow::of))
                        .sorted(Comparator.comparing(ObservationRow::instrumentCode)
                                .thenComparing(ObservationRow::date)
                                .thenComparing(ObservationRow::derived, Comparator.reverseOrder()))
                        .toList(),
                c.getTreatmentLines().stream()
                        .map(TreatmentLineRow::of)
                        .sorted(Comparator.comparing(TreatmentLineRow::start))
                        .toList(),
                c.getFindings().stream()
                        .map(FindingRow::of)
                        .sorted(Comparator.comparing(FindingRow::factorCode))
                        .toList(),
                c.getEvents().stream().map(EventRow::of).toList());
    }

    /** Allowed next statuses, for the status actions. */
    public List<CaseStatus> nextStatuses() {
        return Arrays.stream(CaseStatus.values()).filter(status::canMoveTo).toList();
    }
}
