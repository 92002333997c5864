package org.refract.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.refract.it.ApiTestBase;

/**
 * Lymphoma and lupus cases built from the cited sources, posted through {@code POST /portal/api/cases}, get the
 * sources' answers from {@code GET /portal/api/cases/{id}/assessment}: SCHOLAR-1 and ZUMA-7/TRANSFORM for primary
 * refractory DLBCL, NICE TA927/TA954 after two lines, the CD19 CAR-T series for refractory lupus nephritis (as an
 * investigational, trial-only option) and NICE TA752 for belimumab.
 */
class LymphomaLupusAssessmentApiIT extends ApiTestBase {

    @Test
    void primaryRefractoryDlbclAfterRchopIsOfferedSecondLineCarT() {
        JsonObject assessment = assess("lymph.haem", """
                {"patient": {"birthYear": 1966, "sex": "M"}, "condition": "dlbcl", "team": "lymphoma",
                 "summary": "Stage IV DLBCL; PET after six cycles of R-CHOP shows progression (Deauville 5)",
                 "observations": [
                   {"code": "best-response", "value": "PD", "date": "%1$s"},
                   {"code": "prior-lines", "value": 1, "unit": "count", "date": "%2$s"},
                   {"code": "ecog", "value": 1, "date": "%2$s"},
                   {"code": "asct-suitable", "value": 1, "date": "%2$s"},
                   {"code": "hbsag", "value": 0, "date": "%2$s"},
                   {"code": "anti-hbc", "value": 0, "date": "%2$s"}],
                 "treatmentLines": [
                   {"therapy": "r-chop", "start": "%3$s", "end": "%1$s", "dose": "6 cycles, 21-day",
                    "response": "NONE", "adherenceConfirmed": true, "adequateTrial": true, "reasonStopped": "progression"}]}
                """.formatted(daysAgo(30), daysAgo(7), daysAgo(170)));

        JsonObject refractory = assessment.getJsonObject("refractory");
        assertEquals("MET", refractory.getString("status"), refractory.toString());
        assertTrue(refractory.getString("source").contains("SCHOLAR-1"));
        Map<String, JsonObject> options = options(assessment);
        assertEquals(
                List.of(
                        "r-chop",
                        "r-ice",
                        "autologous-sct",
                        "axicabtagene-ciloleucel",
                        "lisocabtagene-maraleucel",
                        "tisagenlecleucel",
                        "glofitamab",
                        "epcoritamab",
                        "polatuzumab-br"),
                List.copyOf(options.keySet()),
                "every therapy of DLBCL");
        assertStatus(options, "axicabtagene-ciloleucel", "ELIGIBLE");
        assertTrue(options.get("axicabtagene-ciloleucel").getString("source").contains("TA895"));
        assertStatus(options, "lisocabtagene-maraleucel", "ELIGIBLE");
        assertStatus(options, "glofitamab", "NOT_ELIGIBLE");
        assertStatus(options, "epcoritamab", "NOT_ELIGIBLE");
        assertStatus(options, "tisagenlecleucel", "NOT_ELIGIBLE");
        assertStatus(options, "polatuzumab-br", "NOT_ELIGIBLE");
        assertTrue(
                options.values().stream().noneMatch(o -> o.getBoolean("investigational")),
                "licensed lymphoma therapies are not investigational");
    }

    @Test
    void afterRchopAndPolatuzumabBispecificsAreOptions() {
        JsonObject assessment =
                assess("lymph.haem", """
                {"patient": {"birthYear": 1951, "sex": "F"}, "condition": "dlbcl", "team": "lymphoma",
                 "summary": "Late relapse after R-CHOP; not fit for transplant; progression on polatuzumab-BR",
                 "observations": [
                   {"code": "best-response", "value": "PD", "date": "%1$s"},
                   {"code": "prior-lines", "value": 2, "date": "%1$s"},
                   {"code": "ecog", "value": 1, "date": "%1$s"},
                   {"code": "asct-suitable", "value": 0, "date": "%1$s"}],
                 "treatmentLines": [
                   {"therapy": "r-chop", "start": "%2$s", "end": "%3$s", "response": "COMPLETE",
                    "adherenceConfirmed": true, "adequateTrial": true},
                   {"therapy": "polatuzumab-br", "start": "%4$s", "end": "%1$s", "response": "NONE",
                    "adherenceConfirmed": true, "adequateTrial": true, "reasonStopped": "progression"}]}
                """.formatted(daysAgo(14), daysAgo(1300), daysAgo(1150), daysAgo(140)));

        assertEquals("MET", assessment.getJsonObject("refractory").getString("status"));
        Map<String, JsonObject> options = options(assessment);
        assertStatus(options, "glofitamab", "ELIGIBLE");
        assertStatus(options, "epcoritamab", "ELIGIBLE");
        assertStatus(options, "axicabtagene-ciloleucel", "ELIGIBLE");
        assertStatus(options, "lisocabtagene-maraleucel", "NOT_ELIGIBLE");
        assertTrue(options.get("epcoritamab").getString("source").contains("TA954"));
    }

    @Test
    void refractoryLupusNephritisGetsCd19CarTAsAnInvestigationalOption() {
        JsonObject assessment = assess("lupus.rheum", """
                {"patient": {"birthYear": 1997, "sex": "F"}, "condition": "sle", "team": "lupus",
                 "summary": "Class IV lupus nephritis active after mycophenolate, cyclophosphamide and rituximab",
                 "observations": [
                   {"code": "sledai-2k", "value": 16, "date": "%1$s"},
                   {"code": "selena-sledai", "value": 16, "date": "%1$s"},
                   {"code": "anti-dsdna", "value": 1, "date": "%1$s"},
                   {"code": "c3", "value": 0.58, "unit": "g/L", "date": "%1$s"},
                   {"code": "c4", "value": 0.04, "unit": "g/L", "date": "%1$s"},
                   {"code": "upcr", "value": 240, "unit": "mg/mmol", "date": "%1$s"}],
                 "treatmentLines": [
                   {"therapy": "prednisolone", "start": "%2$s", "response": "PARTIAL",
                    "adherenceConfirmed": true, "adequateTrial": true},
                   {"therapy": "hydroxychloroquine", "start": "%2$s", "response": "PARTIAL",
                    "adherenceConfirmed": true, "adequateTrial": true},
                   {"therapy": "mycophenolate", "start": "%3$s", "end": "%4$s", "response": "PARTIAL",
                    "adherenceConfirmed": true, "adequateTrial": true},
                   {"therapy": "cyclophosphamide", "start": "%5$s", "end": "%6$s", "response": "NONE",
                    "adherenceConfirmed": true, "adequateTrial": true},
                   {"therapy": "rituximab", "start": "%7$s", "end": "%7$s", "response": "NONE",
                    "adherenceConfirmed": true, "adequateTrial": true}]}
                """.formatted(
                daysAgo(10), daysAgo(1800), daysAgo(1400), daysAgo(600), daysAgo(560), daysAgo(470), daysAgo(300)));

        assertEquals("MET", assessment.getJsonObject("refractory").getString("status"));
        Map<String, JsonObject> options = options(assessment);
        JsonObject carT = options.get("cd19-car-t");
        assertEquals("ELIGIBLE", carT.getString("status"), carT.toString());
        assertTrue(carT.getBoolean("investigational"), "CD19 CAR-T in lupus is trial-only");
        assertTrue(carT.getString("source").contains("Mackensen"));
        assertFalse(options.get("belimumab").getBoolean("investigational"));
        assertStatus(options, "belimumab", "ELIGIBLE");
    }

    @Test
    void activeSerologicallyPositiveLupusFitsBelimumab() {
        JsonObject assessment = assess("lupus.rheum", """
                {"patient": {"birthYear": 1988, "sex": "F"}, "condition": "sle", "team": "lupus",
                 "summary": "Arthritis and rash despite hydroxychloroquine, prednisolone and azathioprine",
                 "observations": [
                   {"code": "selena-sledai", "value": 10, "date": "%1$s"},
                   {"code": "sledai-2k", "value": 8, "date": "%1$s"},
                   {"code": "anti-dsdna", "value": 1, "date": "%1$s"},
                   {"code": "c3", "value": 0.95, "unit": "g/L", "date": "%1$s"},
                   {"code": "c4", "value": 0.16, "unit": "g/L", "date": "%1$s"}],
                 "treatmentLines": [
                   {"therapy": "hydroxychloroquine", "start": "%2$s", "response": "PARTIAL",
                    "adherenceConfirmed": true, "adequateTrial": true},
                   {"therapy": "prednisolone", "start": "%3$s", "response": "PARTIAL",
                    "adherenceConfirmed": true, "adequateTrial": true},
                   {"therapy": "azathioprine", "start": "%3$s", "end": "%1$s", "response": "PARTIAL",
                    "adherenceConfirmed": true, "adequateTrial": true}]}
                """.formatted(daysAgo(5), daysAgo(1500), daysAgo(700)));

        Map<String, JsonObject> options = options(assessment);
        JsonObject belimumab = options.get("belimumab");
        assertEquals("ELIGIBLE", belimumab.getString("status"), belimumab.toString());
        assertTrue(belimumab.getString("source").contains("TA752"));
        assertEquals("NOT_MET", assessment.getJsonObject("refractory").getString("status"), "only 1 immunosuppressant");
        assertStatus(options, "cd19-car-t", "NOT_ELIGIBLE");
        assertTrue(options.get("cd19-car-t").getBoolean("investigational"));
    }

    private JsonObject assess(String username, String caseJson) {
        HttpResponse<String> created = as(username).post("cases", caseJson);
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        HttpResponse<String> response = as(username).get("cases/" + id + "/assessment");
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static Map<String, JsonObject> options(JsonObject assessment) {
        return assessment.getJsonArray("therapyOptions").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(
                        o -> o.getString("therapy"), o -> o, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static void assertStatus(Map<String, JsonObject> options, String therapy, String expected) {
        JsonObject option = options.get(therapy);
        assertEquals(expected, option.getString("status"), option::toString);
    }

    private static String daysAgo(int days) {
        return LocalDate.now().minusDays(days).toString();
    }
}
