package org.refract.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.refract.it.ApiTestBase;

/**
 * FHIR R4 export and import of cases (shared/API.md, "Interoperability"), as an integration sees it: exports conform
 * to the base R4 profiles, and an import is validated against them before anything is stored.
 */
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
    void aBundleTheParserAcceptsButTheProfilesRejectIsRefusedNamingEachEntryAndNothingIsStored() {
        String pseudonym = pseudonym();
        HttpResponse<String> created = client().post("cases", caseRequest(pseudonym));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject bundle = json(client().get("cases/" + json(created.body()).getInt("id") + "/fhir")
                .body());
        long before = total(pseudonym);
        int eos = entryIndex(bundle, "\"blood-eos\"");
        int line = entryIndex(bundle, "\"MedicationStatement\"");
        // Both are well-formed FHIR JSON, so the strict parser takes them; R4 requires Observation.status (1..1)
        // and MedicationStatement.subject (1..1).
        JsonObject broken = Json.createPatchBuilder()
                .remove("/entry/" + eos + "/resource/status")
                .remove("/entry/" + line + "/resource/subject")
                .build()
                .apply(bundle);

        HttpResponse<String> refused = client().post("cases/import", broken.toString());

        assertEquals(400, refused.statusCode(), refused.body());
        List<JsonObject> errors = json(refused.body()).getJsonArray("errors").getValuesAs(JsonObject.class);
        assertTrue(
                errors.stream()
                        .anyMatch(e -> e.getString("field").equals("entry[" + eos + "].resource")
                                && e.getString("message").startsWith("Observation urn:uuid:")
                                && e.getString("message").contains("(entry[" + eos + "])")
                                && e.getString("message").contains("Observation.status")),
                refused.body());
        assertTrue(
                errors.stream()
                        .anyMatch(e -> e.getString("field").equals("entry[" + line + "].resource")
                                && e.getString("message").startsWith("MedicationStatement urn:uuid:")
                                && e.getString("message").contains("MedicationStatement.subject")),
                refused.body());
        assertEquals(2, errors.size(), refused.body());
        assertEquals(before, total(pseudonym), "nothing stored");
    }

    @Test
    void theExportOfEveryDemoCaseIsValidAgainstTheBaseR4Profiles() {
        FhirContext fhir = FhirContext.forR4Cached();
        FhirValidator validator = baseProfileValidator(fhir);
        Set<String> conditions = new TreeSet<>();
        List<String> errors = new ArrayList<>();
        int bundles = 0;
        for (String clinician :
                List.of("resp.pulm", "neuro.neuro", "haem.haem", "epi.neuro", "lymph.haem", "lupus.nephro")) {
            HttpResponse<String> page = as(clinician).get("cases?size=100");
            assertEquals(200, page.statusCode(), page.body());
            for (JsonObject row : json(page.body()).getJsonArray("items").getValuesAs(JsonObject.class)) {
                HttpResponse<String> exported = as(clinician).get("cases/" + row.getInt("id") + "/fhir");
                assertEquals(200, exported.statusCode(), exported.body());
                ValidationResult result =
                        validator.validateWithResult(fhir.newJsonParser().parseResource(Bundle.class, exported.body()));
                for (SingleValidationMessage message : result.getMessages()) {
                    if (message.getSeverity() == ResultSeverityEnum.ERROR
                            || message.getSeverity() == ResultSeverityEnum.FATAL) {
                        errors.add(row.getJsonObject("patient").getString("pseudonym") + " "
                                + message.getLocationString() + ": " + message.getMessage());
                    }
                }
                conditions.add(row.getString("condition"));
                bundles++;
            }
        }
        assertEquals(List.of(), errors, "errors in " + bundles + " exported Bundles");
        assertTrue(
                conditions.containsAll(
                        Set.of("severe-asthma", "myasthenia-gravis", "haemophilia-a", "epilepsy", "dlbcl", "sle")),
                conditions::toString);
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

    /**
     * HAPI's validator as the portal configures it for imports (FhirValidation): the base R4 profiles, FHIR's own code
     * systems and UCUM, no terminology server.
     */
    private static FhirValidator baseProfileValidator(FhirContext fhir) {
        FhirValidator validator = fhir.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(
                new DefaultProfileValidationSupport(fhir),
                new CommonCodeSystemsTerminologyService(fhir),
                new InMemoryTerminologyServerValidationSupport(fhir))));
        return validator;
    }

    /** The index of the first entry whose JSON contains the text. */
    private static int entryIndex(JsonObject bundle, String text) {
        JsonArray entries = bundle.getJsonArray("entry");
        for (int i = 0; i < entries.size(); i++) {
            if (entries.getJsonObject(i).toString().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no entry with " + text + " in " + bundle);
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
