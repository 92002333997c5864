package org.refract.service.outcome;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A line of the dashboard's "reviews due": a case of the caller's teams that the review job brought back, until an
 * outcome is recorded for it.
 *
 * @param caseId the case
 * @param pseudonym its patient's pseudonym
 * @param reason FOLLOW_UP, RESPONSE_REVIEW or RELAPSE
 * @param dueOn when the review fell due (the day a relapse was seen)
 * @param text what the clinician and the chair were told
 * @param meetingId the meeting it was put forward for, or null
 */
public record ReviewDueRow(long caseId, String pseudonym, String reason, LocalDate dueOn, String text, Long meetingId)
        implements Serializable {}
