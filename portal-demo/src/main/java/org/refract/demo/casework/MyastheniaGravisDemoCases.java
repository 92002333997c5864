package org.refract.demo.casework;

import java.time.LocalDate;
import java.util.List;
import org.refract.domain.casework.CaseStatus;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.PatientRequest;

/** The showcase cases of myasthenia gravis (the neuromuscular team). */
final class MyastheniaGravisDemoCases extends DemoCaseBuilder {

    MyastheniaGravisDemoCases(LocalDate today) {
        super(today);
    }

    @Override
    List<DemoCases> cases() {
        return List.of(muskMyasthenia(), achrMyasthenia());
    }

    private DemoCases muskMyasthenia() {
        return new DemoCases(
                "neuro.neuro",
                CaseStatus.READY_FOR_REVIEW,
                new NewCase(
                        new PatientRequest("P-2001", 1985, "F"),
                        "myasthenia-gravis",
                        "neuromuscular",
                        "MuSK-positive myasthenia refractory to two immunosuppressants",
                        "Generalised bulbar-predominant MuSK-positive MG. Worse despite prednisolone plus adequate"
                                + " trials of azathioprine and mycophenolate; needs IVIg rescue every 6-8 weeks."
                                + " Thymus normal on CT. Question: rituximab.",
                        List.of(
                                obs("mgfa-class", "IIIb", "class", 10),
                                obs("mgfa-class", "IVb", "class", 1),
                                obs("mg-adl", 8, "points", 12),
                                obs("mg-adl", 10, "points", 6),
                                obs("mg-adl", 12, "points", 1),
                                obs("qmg", 17, "points", 6),
                                obs("qmg", 19, "points", 1),
                                obs("musk-ab", 1, "result", 30),
                                obs("achr-ab", 0, "result", 30)),
                        List.of(
                                line(
                                        "pyridostigmine",
                                        "60 mg four times daily",
                                        36,
                                        30,
                                        "INTOLERANT",
                                        "Cramps and diarrhoea",
                                        true,
                                        "Patient report",
                                        null,
                                        true,
                                        null),
                                line(
                                        "prednisolone",
                                        "20 mg daily",
                                        30,
                                        null,
                                        "PARTIAL",
                                        null,
                                        true,
                                        "Pharmacy refill records",
                                        null,
                                        true,
                                        null),
                                line(
                                        "azathioprine",
                                        "2.5 mg/kg daily",
                                        28,
                                        14,
                                        "NONE",
                                        "No benefit after 14 months",
                                        true,
                                        "TGN levels in range",
                                        null,
                                        true,
                                        null),
                                line(
                                        "mycophenolate",
                                        "1 g twice daily",
                                        13,
                                        1,
                                        "NONE",
                                        "No benefit after 12 months",
                                        true,
                                        "Pharmacy refill records",
                                        null,
                                        true,
                                        null),
                                line(
                                        "ivig",
                                        "2 g/kg every 6-8 weeks",
                                        8,
                                        null,
                                        "PARTIAL",
                                        null,
                                        true,
                                        "Given in day unit",
                                        null,
                                        true,
                                        null)),
                        List.of(
                                finding(
                                        "antibody-subtype",
                                        "CONFIRMED",
                                        "MuSK antibodies positive, AChR negative.",
                                        30),
                                finding("thymic-pathology", "EXCLUDED", "Normal thymus on CT.", 29),
                                finding("adherence", "EXCLUDED", "TGN levels confirm azathioprine intake.", 14),
                                finding("side-effects", "CONFIRMED", "Steroid-related weight gain and glucose.", 3))));
    }

    private DemoCases achrMyasthenia() {
        return new DemoCases(
                "neuro.immuno",
                CaseStatus.DRAFT,
                new NewCase(
                        new PatientRequest("P-2002", 1962, "M"),
                        "myasthenia-gravis",
                        "neuromuscular",
                        "AChR-positive generalised MG, complement inhibitor question",
                        "Generalised AChR-positive MG with MG-ADL 9 despite steroids and azathioprine; mycophenolate"
                                + " stopped for intolerance.",
                        List.of(
                                obs("mgfa-class", "IIIa", "class", 2), obs("mg-adl", 9, "points", 2),
                                obs("qmg", 15, "points", 2), obs("achr-ab", 1, "result", 40)),
                        List.of(
                                line(
                                        "prednisolone",
                                        "15 mg daily",
                                        40,
                                        null,
                                        "PARTIAL",
                                        null,
                                        true,
                                        "Pharmacy refill records",
                                        null,
                                        true,
                                        null),
                                line(
                                        "azathioprine",
                                        "150 mg daily",
                                        36,
                                        20,
                                        "NONE",
                                        "No benefit after 16 months",
                                        true,
                                        "TGN levels in range",
                                        null,
                                        true,
                                        null),
                                line(
                                        "mycophenolate",
                                        "1 g twice daily",
                                        18,
                                        16,
                                        "INTOLERANT",
                                        "Leukopenia",
                                        true,
                                        "Clinic review",
                                        null,
                                        false,
                                        "Stopped after 2 months")),
                        List.of(finding(
                                "thymic-pathology", "SUSPECTED", "Thymic hyperplasia on MRI; surgery opinion.", 2))));
    }
}
