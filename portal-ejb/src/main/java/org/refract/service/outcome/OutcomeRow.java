package org.refract.service.outcome;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A signed recommendation of a case with the outcome recorded for it (outcome fields null while none is).
 *
 * @param recommendationId the recommendation
 * @param meetingTitle the meeting that made it
 * @param decidedOn the day it was signed
 * @param decision its decision label, with the therapy where it names one
 * @param followUpOn its follow-up date, or null
 * @param outcomeVersion the outcome's version, for a correction; null while none is recorded
 * @param outcome RESPONDER, NON_RESPONDER, REMISSION or STOPPED
 * @param remissionStatus the remission rule's result when the outcome was recorded (MET, NOT_MET,
 *     INSUFFICIENT_DATA), null where the condition has no rule
 * @param remissionRule the rule's name and version
 */
public record OutcomeRow(
        long recommendationId,
        String meetingTitle,
        LocalDate decidedOn,
        String decision,
        LocalDate followUpOn,
        Long outcomeVersion,
        String outcome,
        LocalDate reviewedOn,
        String remissionStatus,
        String remissionRule,
        String note,
        String recordedBy,
        Instant recordedAt)
        implements Serializable {

    public boolean recorded() {
        return outcome != null;
    }
}
