package org.refract.it.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.refract.it.ApiTestBase;
import org.refract.it.api.ApiClient;

/**
 * Cases built from the cited sources, recorded through {@code POST /portal/api/cases}, get the sources' answers from
 * {@code GET /portal/api/cases/{id}/assessment} (issue 13): the seeded rules as the running portal reads them, not
 * only as the unit vignettes see them.
 */
class GuidelineCasesIT extends ApiTestBase {

    /** NICE TA751: dupilumab when an anti-IL-5 therapy failed, even though mepolizumab would still be eligible. */
    @Test
    void dupilumabAfterAFailedAntiIl5AsTa751WordsIt() {
        JsonObject assessment = assess("resp.pulm", """
                {"patient": {"birthYear": 1983, "sex": "F"}, "condition": "severe-asthma", "team": "respiratory",
                 "summary": "Benralizumab failed after a year; FeNO 35, 5 exacerbations",
                 "observations": [
                   {"code": "blood-eos", "value": 40, "unit": "cells/uL", "date": "%1$s"},
                   {"code": "blood-eos", "value": 450, "unit": "cells/uL", "date": "%2$s"},
                   {"code": "feno", "value": 35, "unit": "ppb", "date": "%2$s"},
                   {"code": "exacerbations-12m", "value": 5, "unit": "count", "date": "%2$s"}],
                 "treatmentLines": [
                   {"therapy": "high-dose-ics-laba", "start": "2021-01-01", "end": null, "dose": "500/50",
                    "response": "NONE", "adherenceConfirmed": true, "adequateTrial": true, "reasonStopped": null},
                   {"therapy": "benralizumab", "start": "2024-06-01", "end": "%1$s", "dose": "30 mg",
                    "response": "NONE", "adherenceConfirmed": true, "adequateTrial": true, "reasonStopped": "No response"}],
                 "resistanceFactors": [{"factor": "inhaler-technique", "status": "EXCLUDED", "evidence": "Checked"}]}
                """.formatted(monthsAgo(5), monthsAgo(1)));
        assertEquals("ELIGIBLE", option(assessment, "dupilumab").getString("status"), assessment.toString());
        assertEquals("ELIGIBLE", option(assessment, "mepolizumab").getString("status"));
        assertTrue(option(assessment, "dupilumab").getString("source").contains("TA751"));
    }

    /** NICE TA565's third arm, and the highest eosinophil count of the year rather than the latest. */
    @Test
    void benralizumabWithEosinophils400AndThreeExacerbations() {
        JsonObject assessment = assess("resp.pulm", """
                {"patient": {"birthYear": 1976, "sex": "M"}, "condition": "severe-asthma", "team": "respiratory",
                 "summary": "Eosinophils 450 in spring, 150 now on prednisolone; 3 exacerbations",
                 "observations": [
                   {"code": "blood-eos", "value": 450, "unit": "cells/uL", "date": "%1$s"},
                   {"code": "blood-eos", "value": 150, "unit": "cells/uL", "date": "%2$s"},
                   {"code": "exacerbations-12m", "value": 3, "unit": "count", "date": "%2$s"}],
                 "treatmentLines": [
                   {"therapy": "high-dose-ics-laba", "start": "2022-01-01", "end": null, "dose": "500/50",
                    "response": "NONE", "adherenceConfirmed": true, "adequateTrial": true, "reasonStopped": null}],
                 "resistanceFactors": [{"factor": "inhaler-technique", "status": "ADDRESSED", "evidence": "Spacer"}]}
                """.formatted(monthsAgo(7), monthsAgo(1)));
        assertEquals("ELIGIBLE", option(assessment, "benralizumab").getString("status"), assessment.toString());
        assertEquals("ELIGIBLE", option(assessment, "reslizumab").getString("status"));
        assertEquals("ELIGIBLE", option(assessment, "mepolizumab").getString("status"), "TA671 has the same arm");
        assertEquals(
                "NOT_ELIGIBLE", option(assessment, "dupilumab").getString("status"), "TA751 needs 4 exacerbations");
    }

    /** REGAIN: one immunosuppressant plus chronic IVIg; the C5 inhibitor alerts until vaccination is recorded. */
    @Test
    void eculizumabByRegainWithTheMeningococcalSafeguard() {
        JsonObject assessment = assess("neuro.neuro", """
                {"patient": {"birthYear": 1968, "sex": "F"}, "condition": "myasthenia-gravis", "team": "neuromuscular",
                 "summary": "Steroids not tolerated, azathioprine failed, IVIg every 8 weeks; eculizumab started",
                 "observations": [
                   {"code": "achr-ab", "value": 1, "date": "%1$s"},
                   {"code": "mgfa-class", "value": "IIIb", "date": "%1$s"},
                   {"code": "mg-adl", "value": 8, "date": "%1$s"},
                   {"code": "rescue-courses-12m", "value": 6, "date": "%1$s"}],
                 "treatmentLines": [
                   {"therapy": "prednisolone", "start": "2022-01-01", "end": "2022-06-01", "dose": "40 mg",
                    "response": "INTOLERANT", "adherenceConfirmed": true, "adequateTrial": null, "reasonStopped": "Diabetes"},
                   {"therapy": "azathioprine", "start": "2022-07-01", "end": "%1$s", "dose": "150 mg",
                    "response": "NONE", "adherenceConfirmed": true, "adequateTrial": true, "reasonStopped": "No response"},
                   {"therapy": "ivig", "start": "2024-01-01", "end": null, "dose": "2 g/kg every 8 weeks",
                    "response": "PARTIAL", "adherenceConfirmed": true, "adequateTrial": null, "reasonStopped": null},
                   {"therapy": "eculizumab", "start": "%1$s", "end": null, "dose": "900 mg weekly",
                    "response": "UNKNOWN", "adherenceConfirmed": null, "adequateTrial": null, "reasonStopped": null}]}
                """.formatted(monthsAgo(1)));
        assertEquals("MET", assessment.getJsonObject("refractory").getString("status"), assessment.toString());
        assertEquals("ELIGIBLE", option(assessment, "eculizumab").getString("status"));
        JsonObject alert = alert(assessment, "meningococcal");
        assertEquals("DANGER", alert.getString("severity"));
        assertTrue(alert.getString("source").contains("Soliris"), alert.toString());
    }

    /** ILAE 2010: seizure-free 14 months is not yet sustained when seizures came every 6 months before. */
    @Test
    void seizureFreedomCountsThreeTimesTheLongestInterval() {
        JsonObject assessment = assess("epi.neuro", """
                {"patient": {"birthYear": 1990, "sex": "F"}, "condition": "epilepsy", "team": "epilepsy",
                 "summary": "Levetiracetam and lacosamide failed; seizure-free 14 months on valproate",
                 "observations": [
                   {"code": "seizure-type", "value": "focal", "date": "%1$s"},
                   {"code": "longest-seizure-interval-months", "value": 6, "date": "%1$s"},
                   {"code": "seizure-free-months", "value": 14, "date": "%2$s"}],
                 "treatmentLines": [
                   {"therapy": "levetiracetam", "start": "2019-01-01", "end": "2021-01-01", "dose": "1500 mg",
                    "response": "NONE", "adherenceConfirmed": true, "adequateTrial": true, "reasonStopped": "Seizures"},
                   {"therapy": "lacosamide", "start": "2021-02-01", "end": "2024-06-01", "dose": "400 mg",
                    "response": "NONE", "adherenceConfirmed": true, "adequateTrial": true, "reasonStopped": "Seizures"},
                   {"therapy": "valproate", "start": "2024-07-01", "end": null, "dose": "1000 mg",
                    "response": "PARTIAL", "adherenceConfirmed": true, "adequateTrial": null, "reasonStopped": null}]}
                """.formatted(monthsAgo(30), monthsAgo(0)));
        assertEquals("MET", assessment.getJsonObject("refractory").getString("status"), assessment.toString());
        assertEquals("ELIGIBLE", option(assessment, "cenobamate").getString("status"));
        assertEquals("DANGER", alert(assessment, "Valproate").getString("severity"));
    }

    /** ISTH: a FIX inhibitor is positive at 0.3 BU; emicizumab's aPCC risk outlasts the last dose. */
    @Test
    void haemophiliaInhibitorsAndEmicizumabAfterItStops() {
        JsonObject fix = assess("haem.haem", """
                {"patient": {"birthYear": 1999, "sex": "M"}, "condition": "haemophilia-b", "team": "haemophilia",
                 "summary": "FIX inhibitor 0.4 BU on two samples",
                 "observations": [{"code": "inhibitor-bu", "value": 0.4, "unit": "BU", "date": "%1$s"}]}
                """.formatted(monthsAgo(0)));
        assertEquals("MET", fix.getJsonObject("refractory").getString("status"), fix.toString());

        JsonObject emicizumab = assess("haem.haem", """
                {"patient": {"birthYear": 1997, "sex": "M"}, "condition": "haemophilia-a", "team": "haemophilia",
                 "summary": "Emicizumab stopped 3 months ago; aPCC for a muscle bleed",
                 "observations": [
                   {"code": "inhibitor-bu", "value": 6, "unit": "BU", "date": "%2$s"},
                   {"code": "inhibitor-peak-bu", "value": 15, "unit": "BU", "date": "%2$s"}],
                 "treatmentLines": [
                   {"therapy": "emicizumab", "start": "2023-01-01", "end": "%1$s", "dose": "3 mg/kg weekly",
                    "response": "PARTIAL", "adherenceConfirmed": true, "adequateTrial": null, "reasonStopped": "Trial"},
                   {"therapy": "apcc", "start": "%2$s", "end": null, "dose": "50 U/kg",
                    "response": "UNKNOWN", "adherenceConfirmed": null, "adequateTrial": null, "reasonStopped": null}]}
                """.formatted(monthsAgo(3), monthsAgo(0)));
        assertTrue(alert(emicizumab, "aPCC").getString("text").contains("thrombotic microangiopathy"));
        assertEquals("ELIGIBLE", option(emicizumab, "apcc").getString("status"), "a high responder (15 BU)");
    }

    private JsonObject assess(String username, String body) {
        ApiClient api = as(username);
        HttpResponse<String> created = api.post("cases", body);
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        HttpResponse<String> response = api.get("cases/" + id + "/assessment");
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static JsonObject option(JsonObject assessment, String therapy) {
        return assessment.getJsonArray("therapyOptions").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("therapy").equals(therapy))
                .findFirst()
                .orElseThrow(() -> new AssertionError(therapy + " is not an option: " + assessment));
    }

    private static JsonObject alert(JsonObject assessment, String fragment) {
        return assessment.getJsonArray("alerts").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("text").contains(fragment))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no alert mentioning " + fragment + ": " + assessment));
    }

    private static String monthsAgo(int months) {
        return LocalDate.now().minusMonths(months).toString();
    }
}
