package org.refract.service.decision;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.refract.domain.decision.CaseFacts;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.FindingRow;

/** The facts the rules look at, taken from a case as the case page already holds it (no extra statement). */
final class CaseFactsOfDetail {

    private CaseFactsOfDetail() {}

    static CaseFacts of(CaseDetail detail, LocalDate on, Set<String> proposedTherapies) {
        var measurements = detail.observations().stream()
                .map(o -> new CaseFacts.Measurement(o.instrumentCode(), o.number(), o.code(), o.unit(), o.date()))
                .toList();
        var lines = detail.treatmentLines().stream()
                .map(l -> new CaseFacts.Line(
                        l.therapyCode(), l.start(), l.end(), l.response(), l.trialAssessment(), l.adherenceConfirmed()))
                .toList();
        Map<String, org.refract.domain.casework.FindingStatus> findings = detail.findings().stream()
                .collect(Collectors.toMap(FindingRow::factorCode, FindingRow::status, (a, b) -> b));
        return new CaseFacts(on, detail.birthYear(), detail.sex(), measurements, lines, findings, proposedTherapies);
    }
}
