package org.refract.demo.casework;

import java.time.LocalDate;
import java.util.List;
import org.refract.domain.casework.CaseStatus;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.PatientRequest;

/** The showcase cases of drug-resistant epilepsy (the epilepsy team). */
final class EpilepsyDemoCases extends DemoCaseBuilder {

    EpilepsyDemoCases(LocalDate today) {
        super(today);
    }

    @Override
    List<DemoCases> cases() {
        return List.of(drugResistantEpilepsy());
    }

    private DemoCases drugResistantEpilepsy() {
        return new DemoCases(
                "epi.neuro",
                CaseStatus.READY_FOR_REVIEW,
                new NewCase(
                        new PatientRequest("P-4001", 1996, "F"),
                        "epilepsy",
                        "epilepsy",
                        "Focal epilepsy after two adequate antiseizure medication trials",
                        "Focal impaired-awareness seizures, 8 per month, despite adequate trials of levetiracetam and"
                                + " lamotrigine; carbamazepine not tolerated. Video-EEG to confirm the diagnosis and"
                                + " localisation before a surgery referral.",
                        List.of(
                                obs("seizures-per-month", 10, "per month", 12),
                                obs("seizures-per-month", 8, "per month", 6),
                                obs("seizures-per-month", 8, "per month", 1),
                                obs("seizure-free-months", 0, "months", 1)),
                        List.of(
                                line(
                                        "levetiracetam",
                                        "1500 mg twice daily",
                                        40,
                                        24,
                                        "NONE",
                                        "No seizure reduction",
                                        true,
                                        "Serum level",
                                        null,
                                        true,
                                        null),
                                line(
                                        "lamotrigine",
                                        "200 mg twice daily",
                                        24,
                                        null,
                                        "PARTIAL",
                                        null,
                                        true,
                                        "Serum level",
                                        null,
                                        true,
                                        null),
                                line(
                                        "carbamazepine",
                                        "400 mg twice daily",
                                        10,
                                        9,
                                        "INTOLERANT",
                                        "Rash",
                                        true,
                                        "Clinic review",
                                        null,
                                        false,
                                        "Stopped after 4 weeks")),
                        List.of(
                                finding("adherence", "EXCLUDED", "Serum levels in range.", 6),
                                finding(
                                        "misdiagnosis",
                                        "SUSPECTED",
                                        "Video-EEG booked to exclude non-epileptic events.",
                                        1))));
    }
}
