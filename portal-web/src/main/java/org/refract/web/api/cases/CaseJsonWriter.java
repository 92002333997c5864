package org.refract.web.api.cases;

import static org.refract.domain.shared.JsonValues.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseRow;
import org.refract.service.casework.FindingRow;
import org.refract.service.casework.ObservationRow;
import org.refract.service.casework.TreatmentLineRow;
import org.refract.service.casework.WorklistPage;

/**
 * Writes cases in the shape of shared/API.md: the request's fields, plus id, version and status, and a few
 * read-only extras (interpretation of each observation, trial assessment of each line, who changed the case last).
 */
final class CaseJsonWriter {

    private CaseJsonWriter() {}

    static JsonObject caseDetail(CaseDetail c) {
        JsonArrayBuilder observations = JSON.createArrayBuilder();
        c.observations().forEach(o -> observations.add(observation(o)));
        JsonArrayBuilder lines = JSON.createArrayBuilder();
        c.treatmentLines().forEach(l -> lines.add(line(l)));
        JsonArrayBuilder findings = JSON.createArrayBuilder();
        c.findings().forEach(f -> findings.add(finding(f)));
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", c.id())
                .add("version", c.version())
                .add("status", c.status().name())
                .add(
                        "patient",
                        JSON.createObjectBuilder()
                                .add("pseudonym", c.pseudonym())
                                .add("birthYear", c.birthYear())
                                .add("sex", c.sex()))
                .add("condition", c.conditionCode())
                .add("team", c.teamCode());
        put(json, "title", c.title());
        put(json, "summary", c.summary());
        put(json, "clinician", c.clinicianUsername());
        return json.add("observations", observations)
                .add("treatmentLines", lines)
                .add("resistanceFactors", findings)
                .add("createdAt", c.createdAt().toString())
                .add("createdBy", c.createdBy())
                .add("updatedAt", c.updatedAt().toString())
                .add("updatedBy", c.updatedBy())
                .build();
    }

    static JsonObject page(WorklistPage page) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        page.rows().forEach(r -> items.add(row(r)));
        return JSON.createObjectBuilder()
                .add("total", page.total())
                .add("items", items)
                .build();
    }

    private static JsonObject row(CaseRow r) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", r.id())
                .add("version", r.version())
                .add("status", r.status().name())
                .add(
                        "patient",
                        JSON.createObjectBuilder()
                                .add("pseudonym", r.pseudonym())
                                .add("birthYear", r.birthYear())
                                .add("sex", r.sex().name()))
                .add("condition", r.conditionCode())
                .add("team", r.teamCode());
        put(json, "title", r.title());
        put(json, "summary", r.summary());
        put(json, "clinician", r.clinicianUsername());
        return json.add("updatedAt", r.updatedAt().toString()).build();
    }

    private static JsonObject observation(ObservationRow o) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", o.id()).add("code", o.instrumentCode());
        if (o.number() != null) {
            json.add("value", plain(o.number()));
        } else {
            json.add("value", o.code());
        }
        json.add("unit", o.unit()).add("date", o.date().toString());
        put(json, "note", o.note());
        put(json, "interpretation", o.interpretation());
        put(json, "severity", o.severity() == null ? null : o.severity().name());
        if (o.derived()) {
            json.add("derived", true);
        }
        return json.build();
    }

    private static JsonObject line(TreatmentLineRow l) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", l.id()).add("therapy", l.therapyCode());
        put(json, "start", l.start());
        put(json, "end", l.end());
        put(json, "dose", l.dose());
        json.add("response", l.response().name());
        put(json, "reasonStopped", l.reasonStopped());
        put(json, "adherenceConfirmed", l.adherenceConfirmed());
        put(json, "adherenceMethod", l.adherenceMethod());
        put(json, "inhalerTechniqueChecked", l.inhalerTechniqueChecked());
        put(json, "adequateTrial", l.adequateTrial());
        put(json, "adequacyReason", l.adequacyReason());
        return json.add("trialAssessment", l.trialAssessment().name()).build();
    }

    private static JsonObject finding(FindingRow f) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("factor", f.factorCode())
                .add("status", f.status().name());
        put(json, "evidence", f.evidence());
        put(json, "date", f.date());
        return json.build();
    }

    /** Whole numbers as integers (320, not 320.000), others without trailing zeros. */
    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static void put(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else if (value instanceof Boolean b) {
            json.add(name, b);
        } else if (value instanceof LocalDate || value instanceof Instant) {
            json.add(name, value.toString());
        } else {
            json.add(name, value.toString());
        }
    }
}
