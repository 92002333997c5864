package org.refract.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.refract.it.ApiTestBase;

/** FHIR R4 export and import of cases (shared/API.md, "Interoperability"), as an integration sees it. */
class FhirApiIT extends ApiTestBase {

    @Test
    void exportThenImportKeepsObservationsTreatmentLinesAndFactors() {
        String pseudonym = pseudonym();
        HttpResponse<String> created = client().post("cases", caseRequest(pseudonym));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject original = json(created.body());

        HttpResponse<String> exported = client().get("cases/" + original.getInt("id") + "/fhir");
        assertEquals(200, exported.statusCode(), exported.body());
        JsonObject bundle = json(exported.body());
        assertEquals("Bundle", bundle.getString("resourceType"));
        assertTrue(exported.body().contains("http://loinc.org"), "LOINC on the blood eosinophil count");
        assertTrue(exported.body().contains("\"http://unitsofmeasure.org\""), "UCUM units");
        assertTrue(exported.body().contains("http://snomed.info/sct"), "SNOMED CT on the condition");
        assertTrue(exported.body().contains("http://www.whocc.no/atc"), "ATC on mepolizumab");
        assertTrue(exported.body().contains("\"" + pseudonym + "\""), "the pseudonym as the Patient's identifier");

        HttpResponse<String> imported = client().post("cases/import", exported.body());
        assertEquals(201, imported.statusCode(), imported.body());
        JsonObject copy = json(imported.body());
        assertTrue(copy.getInt("id") != original.getInt("id"));
        assertEquals(original.getString("condition"), copy.getString("condition"));
        assertEquals(original.getJsonObject("patient"), copy.getJsonObject("patient"));
        assertEquals(comparable(original.getJsonArray("observations")), comparable(copy.getJsonArray("observations")));
        assertEquals(
                comparable(original.getJsonArray("treatmentLines")), comparable(copy.getJsonArray("treatmentLines")));
        assertEquals(
                comparable(original.getJsonArray("resistanceFactors")),
                comparable(copy.getJsonArray("resistanceFactors")));
    }

    @Test
    void aBundleWithABadEntryIsRefusedNamingItAndNothingIsStored() {
        String pseudonym = pseudonym();
        HttpResponse<String> created = client().post("cases", caseRequest(pseudonym));
        assertEquals(201, created.statusCode(), created.body());
        String exported = client().get("cases/" + json(created.body()).getInt("id") + "/fhir")
                .body();
        long before = total(pseudonym);
        JsonObject bundle = json(exported);
        JsonArray entries = bundle.getJsonArray("entry");
        int eos = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.getJsonObject(i).toString().contains("\"blood-eos\"")) {
                eos = i;
            }
        }
        assertTrue(eos >= 0);
        // an eosinophil count in milligrams: a unit of another dimension
        String broken = exported.replace("\"code\": \"/uL\"", "\"code\": \"mg\"");
        HttpResponse<String> refused = client().post("cases/import", broken);

        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject error = json(refused.body()).getJsonArray("errors").getJsonObject(0);
        assertEquals("entry[" + eos + "].resource.valueQuantity.code", error.getString("field"), refused.body());
        assertEquals(before, total(pseudonym), "nothing stored");
    }

    @Test
    void notABundleIsRefused() {
        HttpResponse<String> refused = client().post("cases/import", "{\"resourceType\":\"Patient\",\"foo\":1}");
        assertEquals(400, refused.statusCode(), refused.body());
    }

    @Test
    void anotherTeamsCaseIsNotFound() {
        HttpResponse<String> created = client().post("cases", caseRequest(pseudonym()));
        long id = json(created.body()).getInt("id");
        HttpResponse<String> other = as("neuro.neuro").get("cases/" + id + "/fhir");
        assertEquals(404, other.statusCode(), other.body());
    }

    /** A pseudonym no other test uses: P- and 8 digits, as the portal requires. */
    private static String pseudonym() {
        return "P-" + (10_000_000 + ThreadLocalRandom.current().nextInt(90_000_000));
    }

    private long total(String pseudonym) {
        return json(client().get("cases?q=" + pseudonym).body())
                .getJsonNumber("total")
                .longValue();
    }

    private static String caseRequest(String pseudonym) {
        return """
                {
                  "patient": {"pseudonym": "%2$s", "birthYear": 1968, "sex": "F"},
                  "condition": "severe-asthma",
                  "team": "respiratory",
                  "summary": "Exported and imported",
                  "observations": [
                    {"code": "blood-eos", "value": 410, "unit": "/uL", "date": "%1$s"},
                    {"code": "acq", "value": 2.4, "date": "%1$s", "note": "clinic"}
                  ],
                  "treatmentLines": [
                    {"therapy": "high-dose-ics-laba", "start": "2024-01-01", "end": "2025-06-30", "dose": "high",
                     "response": "NONE", "adherenceConfirmed": true, "adequateTrial": true,
                     "reasonStopped": "no control"},
                    {"therapy": "mepolizumab", "start": "2025-07-01", "response": "PARTIAL",
                     "adequateTrial": false, "adequacyReason": "only 8 weeks so far"}
                  ],
                  "resistanceFactors": [
                    {"factor": "inhaler-technique", "status": "EXCLUDED", "evidence": "checked by nurse"}
                  ]
                }
                """.formatted(LocalDate.now().minusDays(10), pseudonym);
    }

    /** An array without the fields a copy necessarily changes (ids, versions, who and when). */
    private static String comparable(JsonArray items) {
        var builder = Json.createArrayBuilder();
        for (JsonValue item : items) {
            var object = Json.createObjectBuilder(item.asJsonObject());
            for (String field : new String[] {"id", "version", "enteredBy", "enteredAt", "assessedBy"}) {
                object.remove(field);
            }
            builder.add(object);
        }
        return builder.build().toString();
    }

    private ApiClient client() {
        return as("resp.pulm");
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
