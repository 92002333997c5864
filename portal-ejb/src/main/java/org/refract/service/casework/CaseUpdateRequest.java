package org.refract.service.casework;

import org.refract.domain.casework.CaseStatus;

/**
 * A change of a case as the API's {@code PUT /cases/{id}} carries it: any of title, summary and responsible
 * clinician, and a status to move to. A null title or clinician keeps the current one; {@code summaryGiven}
 * tells a summary cleared (null) from one left out; a null status keeps the status.
 */
public record CaseUpdateRequest(
        String title, String summary, boolean summaryGiven, String clinician, CaseStatus status) {

    /** Whether the description (title, summary or clinician) changes at all. */
    public boolean describes() {
        return title != null || summaryGiven || clinician != null;
    }
}
