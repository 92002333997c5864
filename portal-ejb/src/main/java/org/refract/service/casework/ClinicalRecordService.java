package org.refract.service.casework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.casework.Observation;
import org.refract.domain.casework.TreatmentLine;
import org.refract.domain.casework.TreatmentResponse;
import org.refract.domain.identity.Role;
import org.refract.service.shared.FieldErrors;
import org.refract.service.shared.InvalidRequestException;
import org.refract.service.shared.NotFoundException;

/**
 * Changes to the clinical record of an open case: measurements, treatment lines, resistance findings. Each change
 * is made on the case version the caller saw; if someone else saved in between, the change is refused with their
 * name and time (and Envers records every change that is accepted).
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
public class ClinicalRecordService {

    @Inject
    Clock clock;

    @Inject
    CaseAccess access;

    @Inject
    ClinicalRecordWriter writer;

    /**
     * Records a measurement.
     *
     * @return the case version after the change
     * @throws InvalidRequestException with fields code, value, unit or date
     */
    public long addObservation(long caseId, long version, ObservationRequest entry) {
        return change(
                caseId, version, (c, errors, by, now) -> writer.addObservation(c, entry, "", errors, by, now, today()));
    }

    /** Removes a measurement entered by mistake (Envers keeps what it was). */
    public long removeObservation(long caseId, long version, long observationId) {
        return change(caseId, version, (c, errors, by, now) -> {
            Observation observation = c.getObservations().stream()
                    .filter(o -> o.getId() == observationId)
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("No such measurement on this case."));
            c.removeObservation(observation, by, now);
            return observation;
        });
    }

    /** Adds a treatment line with what is known of its outcome, adherence and adequacy. */
    public long addTreatmentLine(long caseId, long version, TreatmentLineRequest entry) {
        return change(
                caseId,
                version,
                (c, errors, by, now) -> writer.addTreatmentLine(c, entry, "", errors, by, now, today()));
    }

    /** Updates the outcome, adherence, inhaler technique and adequacy of a treatment line. */
    public long updateTreatmentLine(long caseId, long version, long lineId, TreatmentLineRequest entry) {
        return change(caseId, version, (c, errors, by, now) -> {
            TreatmentLine line = c.getTreatmentLines().stream()
                    .filter(l -> l.getId() == lineId)
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("No such treatment line on this case."));
            TreatmentResponse response = ClinicalRecordWriter.response(entry.response(), "", errors);
            if (errors.isEmpty()) {
                writer.describeLine(line, entry, response, "", errors);
                c.touch(by, now);
            }
            return line;
        });
    }

    /** Records the team's assessment of a resistance factor (one finding per factor, updated in place). */
    public long assessFactor(long caseId, long version, FindingRequest entry) {
        return change(
                caseId, version, (c, errors, by, now) -> writer.assessFactor(c, entry, "", errors, by, now, today()));
    }

    private long change(long caseId, long version, Change change) {
        ClinicalCase clinicalCase = access.getForChange(caseId, version);
        FieldErrors errors = new FieldErrors();
        change.apply(clinicalCase, errors, access.caller(), clock.instant());
        errors.throwIfAny();
        access.flush(caseId);
        return clinicalCase.getVersion();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
    }

    @FunctionalInterface
    private interface Change {
        Object apply(ClinicalCase clinicalCase, FieldErrors errors, String by, Instant now);
    }
}
