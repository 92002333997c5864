package org.refract.it.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refract.it.ApiTestBase;
import org.refract.it.DatabaseSensitive;
import org.refract.it.api.ApiClient;

/**
 * {@code POST/GET /portal/api/cases/{id}/events} (shared/API.md, "Events"), and the counts derived from events over
 * their windows: in {@code GET /api/cases/{id}} marked {@code "derived": true}, and used by the assessment.
 */
@DatabaseSensitive
class EventsApiIT extends ApiTestBase {

    private static final LocalDate TODAY = LocalDate.now();

    private ApiClient respiratory() {
        return as("resp.pulm");
    }

    /** An asthma case whose clinician typed "1 exacerbation in 12 months" a month ago. */
    private long asthmaCase() {
        String body = """
                {"patient": {"birthYear": 1970, "sex": "F"}, "condition": "severe-asthma", "team": "respiratory",
                 "summary": "Eosinophilic asthma on high-dose ICS-LABA",
                 "observations": [
                   {"code": "blood-eos", "value": 450, "unit": "cells/uL", "date": "%1$s"},
                   {"code": "exacerbations-12m", "value": 1, "unit": "count", "date": "%2$s"}],
                 "treatmentLines": [
                   {"therapy": "high-dose-ics-laba", "start": "2024-01-01", "end": null, "response": "PARTIAL",
                    "adherenceConfirmed": true, "adequateTrial": true}]}
                """.formatted(TODAY, TODAY.minusMonths(1));
        HttpResponse<String> created = respiratory().post("cases", body);
        assertEquals(201, created.statusCode(), created.body());
        return object(created).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> exacerbation(long caseId, LocalDate on, boolean steroids) {
        return respiratory().post("cases/" + caseId + "/events", """
                        {"type": "EXACERBATION", "date": "%s", "treatedWithSystemicSteroids": %s,
                         "hospitalised": false, "note": "prednisolone 40 mg for 5 days"}
                        """.formatted(on, steroids));
    }

    @Test
    void aRecordedEventIsListedNewestFirstWithItsLocation() {
        long id = asthmaCase();
        assertEquals(201, exacerbation(id, TODAY.minusDays(40), true).statusCode());
        HttpResponse<String> created = exacerbation(id, TODAY.minusDays(3), false);

        assertEquals(201, created.statusCode(), created.body());
        JsonObject event = object(created);
        assertTrue(
                created.headers()
                        .firstValue("Location")
                        .orElseThrow()
                        .endsWith("/api/cases/" + id + "/events/" + event.getJsonNumber("id")),
                created.headers().toString());
        assertEquals("EXACERBATION", event.getString("type"));
        assertEquals(TODAY.minusDays(3).toString(), event.getString("date"));
        assertFalse(event.getBoolean("treatedWithSystemicSteroids"));
        assertEquals("resp.pulm", event.getString("enteredBy"));

        JsonArray list = array(respiratory().get("cases/" + id + "/events"));
        assertEquals(2, list.size());
        assertEquals(TODAY.minusDays(3).toString(), list.getJsonObject(0).getString("date"));
        assertEquals(TODAY.minusDays(40).toString(), list.getJsonObject(1).getString("date"));
    }

    /** Events and treatment lines are read in one statement; each line still appears once, whatever the events. */
    @Test
    void aCaseWithEventsListsEachTreatmentLineOnce() {
        long id = asthmaCase();
        assertEquals(201, exacerbation(id, TODAY.minusDays(40), true).statusCode());
        assertEquals(201, exacerbation(id, TODAY.minusDays(3), false).statusCode());
        assertEquals(201, exacerbation(id, TODAY.minusDays(1), false).statusCode());

        JsonObject detail = object(respiratory().get("cases/" + id));
        assertEquals(1, detail.getJsonArray("treatmentLines").size(), detail.toString());
    }

    @Test
    void theCountIsDerivedOverTwelveMonthsWithBothWindowEdgesAndTheAssessmentUsesIt() {
        long id = asthmaCase();
        assertTrue(observation(id, "exacerbations-12m", true).isEmpty(), "no events: no derived count");
        assertTrue(assessmentText(id).contains("exacerbations-12m 1 "), "the typed count is used without events");

        exacerbation(id, TODAY, true);
        exacerbation(id, TODAY.minusMonths(12).plusDays(1), true); // first day of the window
        exacerbation(id, TODAY.minusMonths(12), true); // a day too old
        exacerbation(id, TODAY.minusMonths(2), false); // no systemic steroids: not counted
        exacerbation(id, TODAY.minusMonths(5), true);

        JsonObject derived = observation(id, "exacerbations-12m", true).orElseThrow();
        assertEquals(3, derived.getInt("value"));
        assertEquals(TODAY.toString(), derived.getString("date"));
        assertTrue(
                derived.getString("note")
                        .contains("from " + TODAY.minusMonths(12).plusDays(1) + " to " + TODAY),
                derived.toString());
        assertTrue(observation(id, "exacerbations-12m", false).isPresent(), "the typed count stays on record");
        String assessment = assessmentText(id);
        assertTrue(assessment.contains("exacerbations-12m 3 "), assessment);
        assertFalse(assessment.contains("exacerbations-12m 1 "), assessment);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a future date            | {"type": "EXACERBATION", "date": "%s"}                        | date  | future
            an unknown type          | {"type": "SNEEZE", "date": "%s"}                              | type  | SNEEZE
            no type                  | {"date": "%s"}                                                | type  | required
            a field of another kind  | {"type": "EXACERBATION", "date": "%s", "site": "left knee"}   | site  | exacerbation
            a count of zero          | {"type": "SEIZURE", "date": "%s", "count": 0}                 | count | 1 to 200
            a date that is no date   | {"type": "BLEED", "date": "yesterday%s"}                      | date  | YYYY-MM-DD
            """)
    void badInputIsA400NamingTheFieldAndNothingIsStored(String problem, String body, String field, String part) {
        long id = asthmaCase();
        LocalDate date = problem.contains("future") ? TODAY.plusDays(1) : TODAY;
        HttpResponse<String> response =
                respiratory().post("cases/" + id + "/events", body.formatted(problem.contains("no date") ? "" : date));

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(
                object(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .anyMatch(e -> field.equals(e.getString("field", null))
                                && e.getString("message").contains(part)),
                () -> "expected an error on " + field + " mentioning '" + part + "': " + response.body());
        assertEquals(0, array(respiratory().get("cases/" + id + "/events")).size());
    }

    @Test
    void anotherTeamGets404AndAnAdministrator403() {
        long id = asthmaCase();
        String body = "{\"type\": \"EXACERBATION\", \"date\": \"" + TODAY + "\"}";
        assertEquals(404, as("haem.haem").post("cases/" + id + "/events", body).statusCode());
        assertEquals(404, as("haem.haem").get("cases/" + id + "/events").statusCode());
        assertEquals(403, as("admin").post("cases/" + id + "/events", body).statusCode());
        assertEquals(0, array(respiratory().get("cases/" + id + "/events")).size());
    }

    private Optional<JsonObject> observation(long id, String code, boolean derived) {
        JsonObject detail = object(respiratory().get("cases/" + id));
        List<JsonObject> observations = detail.getJsonArray("observations").getValuesAs(JsonObject.class);
        return observations.stream()
                .filter(o -> o.getString("code").equals(code) && o.getBoolean("derived", false) == derived)
                .findFirst();
    }

    private String assessmentText(long id) {
        HttpResponse<String> response = respiratory().get("cases/" + id + "/assessment");
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) parse(response);
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return (JsonArray) parse(response);
    }

    private static JsonStructure parse(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }
}
