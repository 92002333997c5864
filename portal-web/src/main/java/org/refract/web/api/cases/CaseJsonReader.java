package org.refract.web.api.cases;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.refract.service.casework.FindingRequest;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.ObservationRequest;
import org.refract.service.casework.PatientRequest;
import org.refract.service.casework.TreatmentLineRequest;
import org.refract.service.shared.FieldErrors;
import org.refract.web.api.JsonFields;

/** Reads a case request body (shared/API.md) into a {@link NewCase}, reporting type errors by field path. */
final class CaseJsonReader {

    private CaseJsonReader() {}

    static NewCase newCase(JsonObject body, FieldErrors errors) {
        JsonFields root = new JsonFields(body, "", errors);
        JsonObject patientJson = root.object("patient");
        PatientRequest patient = null;
        if (patientJson != null) {
            JsonFields p = new JsonFields(patientJson, "patient", errors);
            patient = new PatientRequest(p.string("pseudonym"), p.integer("birthYear"), p.string("sex"));
        }
        return new NewCase(
                patient,
                root.string("condition"),
                root.string("team"),
                root.string("title"),
                root.string("summary"),
                observations(root, errors),
                treatmentLines(root, errors),
                findings(root, errors));
    }

    private static List<ObservationRequest> observations(JsonFields root, FieldErrors errors) {
        List<JsonObject> items = root.objects("observations");
        List<ObservationRequest> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonFields o = item(items.get(i), "observations", i, errors);
            entries.add(
                    o == null
                            ? null
                            : new ObservationRequest(
                                    o.string("code"),
                                    o.measurement("value"),
                                    o.string("unit"),
                                    o.date("date"),
                                    o.string("note")));
        }
        return entries.stream().filter(Objects::nonNull).toList();
    }

    private static List<TreatmentLineRequest> treatmentLines(JsonFields root, FieldErrors errors) {
        List<JsonObject> items = root.objects("treatmentLines");
        List<TreatmentLineRequest> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonFields l = item(items.get(i), "treatmentLines", i, errors);
            entries.add(l == null ? null : line(l));
        }
        return entries.stream().filter(Objects::nonNull).toList();
    }

    static TreatmentLineRequest line(JsonFields l) {
        return new TreatmentLineRequest(
                l.string("therapy"),
                l.string("dose"),
                l.date("start"),
                l.date("end"),
                l.string("response"),
                l.string("reasonStopped"),
                l.bool("adherenceConfirmed"),
                l.string("adherenceMethod"),
                l.bool("inhalerTechniqueChecked"),
                l.bool("adequateTrial"),
                l.string("adequacyReason"));
    }

    private static List<FindingRequest> findings(JsonFields root, FieldErrors errors) {
        List<JsonObject> items = root.objects("resistanceFactors");
        List<FindingRequest> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonFields f = item(items.get(i), "resistanceFactors", i, errors);
            entries.add(
                    f == null
                            ? null
                            : new FindingRequest(
                                    f.string("factor"), f.string("status"), f.string("evidence"), f.date("date")));
        }
        return entries.stream().filter(Objects::nonNull).toList();
    }

    private static JsonFields item(JsonObject json, String array, int index, FieldErrors errors) {
        return json == null ? null : new JsonFields(json, array + "[" + index + "]", errors);
    }
}
