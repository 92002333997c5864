package org.refract.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.refract.it.ApiTestBase;

/** {@code GET /portal/api/cases/{id}/assessment} exactly as shared/API.md describes it, and its team scoping. */
class AssessmentApiIT extends ApiTestBase {

    private long haemophiliaCase() {
        String today = LocalDate.now().toString();
        String body = """
                {"patient": {"birthYear": 1990, "sex": "M"}, "condition": "haemophilia-a", "team": "haemophilia",
                 "summary": "Inhibitor on emicizumab; aPCC for a breakthrough bleed",
                 "observations": [
                   {"code": "inhibitor-bu", "value": 8, "unit": "BU", "date": "%1$s"},
                   {"code": "inhibitor-peak-bu", "value": 40, "unit": "BU", "date": "%1$s"},
                   {"code": "factor-level-pct", "value": 0.5, "unit": "%%", "date": "%1$s"}],
                 "treatmentLines": [
                   {"therapy": "emicizumab", "start": "2025-01-01", "end": null, "dose": "3 mg/kg weekly",
                    "response": "PARTIAL", "adherenceConfirmed": true, "adequateTrial": null, "reasonStopped": null},
                   {"therapy": "apcc", "start": "%1$s", "end": null, "dose": "50 U/kg",
                    "response": "UNKNOWN", "adherenceConfirmed": null, "adequateTrial": null, "reasonStopped": null}]}
                """.formatted(today);
        HttpResponse<String> created = as("haem.haem").post("cases", body);
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    @Test
    void theAssessmentFollowsTheContract() {
        long id = haemophiliaCase();
        HttpResponse<String> response = as("haem.haem").get("cases/" + id + "/assessment");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject body = json(response);

        JsonObject refractory = body.getJsonObject("refractory");
        assertEquals("MET", refractory.getString("status"));
        assertFalse(refractory.getString("definition").isBlank());
        assertTrue(refractory.getString("source").contains("ISTH"));
        assertFalse(refractory.getString("version").isBlank());
        JsonObject criterion = refractory.getJsonArray("criteria").getJsonObject(1);
        assertEquals("MET", criterion.getString("result"));
        assertTrue(criterion.getString("value").startsWith("inhibitor-bu 8 BU"), criterion.toString());

        List<String> therapies = body.getJsonArray("therapyOptions").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("therapy"))
                .toList();
        assertEquals(
                Set.of("fviii-concentrate", "iti", "apcc", "rfviia", "emicizumab", "valoctocogene-roxaparvovec"),
                Set.copyOf(therapies),
                "every therapy of haemophilia A");
        for (JsonObject option : body.getJsonArray("therapyOptions").getValuesAs(JsonObject.class)) {
            assertTrue(Set.of("ELIGIBLE", "NOT_ELIGIBLE", "INSUFFICIENT_DATA").contains(option.getString("status")));
            for (JsonObject c : option.getJsonArray("criteria").getValuesAs(JsonObject.class)) {
                assertTrue(Set.of("MET", "UNMET", "MISSING").contains(c.getString("result")), c.toString());
            }
        }
        JsonObject iti = body.getJsonArray("therapyOptions").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("therapy").equals("iti"))
                .findFirst()
                .orElseThrow();
        assertEquals("ELIGIBLE", iti.getString("status"), "peak titre 40 BU: high responder");

        JsonObject alert = body.getJsonArray("alerts").getJsonObject(0);
        assertEquals("DANGER", alert.getString("severity"));
        assertTrue(alert.getString("text").contains("thrombotic microangiopathy"));
        assertFalse(alert.getString("source").isBlank());
    }

    @Test
    void anotherTeamGets404AndAnAdministrator403() {
        long id = haemophiliaCase();
        assertEquals(404, as("resp.pulm").get("cases/" + id + "/assessment").statusCode());
        assertEquals(404, as("haem.haem").get("cases/999999999/assessment").statusCode());
        assertEquals(403, as("admin").get("cases/" + id + "/assessment").statusCode());
        assertEquals(
                401,
                ApiClient.anonymous(portal).get("cases/" + id + "/assessment").statusCode());
    }
}
