package org.refract.service.casework;

import java.io.Serializable;
import java.time.LocalDate;
import org.refract.domain.casework.TreatmentLine;
import org.refract.domain.casework.TreatmentResponse;
import org.refract.domain.casework.TrialAssessment;

/** One treatment line of a case, with the team's judgement of whether it was an adequate trial. */
public record TreatmentLineRow(
        long id,
        long version,
        String therapyCode,
        String therapyName,
        String therapyClass,
        boolean inhaled,
        String dose,
        LocalDate start,
        LocalDate end,
        TreatmentResponse response,
        String reasonStopped,
        Boolean adherenceConfirmed,
        String adherenceMethod,
        Boolean inhalerTechniqueChecked,
        Boolean adequateTrial,
        String adequacyReason,
        TrialAssessment trialAssessment,
        boolean ongoing)
        implements Serializable {

    static TreatmentLineRow of(TreatmentLine l) {
        var therapy = l.getTherapy();
        return new TreatmentLineRow(
                l.getId(),
                l.getVersion(),
                therapy.getCode(),
                therapy.getName(),
                therapy.getTherapyClass(),
                therapy.isInhaled(),
                l.getDose(),
                l.getStartDate(),
                l.getEndDate(),
                l.getResponse(),
                l.getReasonStopped(),
                l.getAdherenceConfirmed(),
                l.getAdherenceMethod(),
                l.getInhalerTechniqueChecked(),
                l.getAdequateTrial(),
                l.getAdequacyReason(),
                l.trialAssessment(),
                l.isOngoing());
    }
}
