package org.refract.it.review;

import static org.refract.it.review.ReviewAccounts.PULMONOLOGIST;

import java.util.List;
import org.refract.domain.casework.CaseStatus;
import org.refract.it.AsUser;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.FindingRequest;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.PatientRequest;

/** A severe-asthma case of the respiratory team, recorded by its pulmonologist and put up for review. */
final class ReadyCases {

    private ReadyCases() {}

    static CaseDetail ready(
            AsUser as, CaseService cases, int birthYear, String sex, String summary, List<FindingRequest> findings)
            throws Exception {
        CaseDetail created = as.call(
                PULMONOLOGIST,
                () -> cases.create(new NewCase(
                        new PatientRequest(null, birthYear, sex),
                        "severe-asthma",
                        "respiratory",
                        null,
                        summary,
                        List.of(),
                        List.of(),
                        findings)));
        return as.call(
                PULMONOLOGIST, () -> cases.changeStatus(created.id(), created.version(), CaseStatus.READY_FOR_REVIEW));
    }

    /** The finding the review tests record: inhaler technique checked and excluded. */
    static List<FindingRequest> techniqueChecked() {
        return List.of(new FindingRequest("inhaler-technique", "EXCLUDED", "Checked at clinic", null));
    }
}
