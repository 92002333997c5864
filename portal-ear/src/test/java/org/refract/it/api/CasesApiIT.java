package org.refract.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatch;
import jakarta.json.JsonPatchBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.refract.it.ApiTestBase;
import org.refract.it.DatabaseSensitive;

/** The cases part of the REST contract (shared/API.md), every answer including every error, as a client sees it. */
@DatabaseSensitive
class CasesApiIT extends ApiTestBase {

    private static final String TODAY = LocalDate.now().toString();

    /** The request of API.md, with dates that lie in the past whenever the test runs. */
    private static final String SEVERE_ASTHMA = """
            {
              "patient": {"birthYear": 1970, "sex": "F"},
              "condition": "severe-asthma",
              "team": "respiratory",
              "summary": "Uncontrolled on high-dose ICS-LABA",
              "observations": [
                {"code": "blood-eos", "value": 320, "unit": "cells/uL", "date": "%1$s"},
                {"code": "feno", "value": 45, "unit": "ppb", "date": "%1$s"}
              ],
              "treatmentLines": [
                {"therapy": "high-dose-ics-laba", "start": "2025-01-01", "end": null, "dose": "text",
                 "response": "NONE", "adherenceConfirmed": true, "adequateTrial": true, "reasonStopped": null}
              ],
              "resistanceFactors": [
                {"factor": "inhaler-technique", "status": "EXCLUDED", "evidence": "text"}
              ]
            }
            """.formatted(LocalDate.now().minusDays(10));

    // --- create and read -----------------------------------------------------------------------------------------

    @Test
    void createAnswers201WithLocationAndTheCaseAsGetShowsIt() {
        HttpResponse<String> created = respiratory().post("cases", SEVERE_ASTHMA);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = json(created);
        long id = body.getJsonNumber("id").longValue();
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(URI.create(location).getPath().endsWith("/portal/api/cases/" + id), location);

        for (String field : List.of(
                "id",
                "version",
                "status",
                "patient",
                "condition",
                "team",
                "summary",
                "observations",
                "treatmentLines",
                "resistanceFactors")) {
            assertTrue(body.containsKey(field), () -> field + " missing in " + body);
        }
        assertEquals("DRAFT", body.getString("status"));
        assertEquals("severe-asthma", body.getString("condition"));
        assertEquals("respiratory", body.getString("team"));
        assertEquals("Uncontrolled on high-dose ICS-LABA", body.getString("summary"));
        assertEquals(1970, body.getJsonObject("patient").getInt("birthYear"));
        assertEquals("F", body.getJsonObject("patient").getString("sex"));
        JsonObject eos = observation(body, "blood-eos");
        assertEquals(320, eos.getInt("value"));
        assertEquals("cells/uL", eos.getString("unit"));
        JsonObject line = body.getJsonArray("treatmentLines").getJsonObject(0);
        assertEquals("high-dose-ics-laba", line.getString("therapy"));
        assertEquals("2025-01-01", line.getString("start"));
        assertEquals("NONE", line.getString("response"));
        assertTrue(line.getBoolean("adherenceConfirmed"));
        JsonObject factor = body.getJsonArray("resistanceFactors").getJsonObject(0);
        assertEquals("inhaler-technique", factor.getString("factor"));
        assertEquals("EXCLUDED", factor.getString("status"));

        HttpResponse<String> read = respiratory().get("cases/" + id);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(body, json(read), "the body of POST is the case as GET returns it");
        assertEquals(created.headers().firstValue("ETag"), read.headers().firstValue("ETag"));
    }

    @Test
    void teamMayBeOmittedByAMemberOfOneTeamAndThePseudonymIsThenAssigned() {
        JsonObject request =
                patch(SEVERE_ASTHMA, Json.createPatchBuilder().remove("/team").build());
        HttpResponse<String> created = respiratory().post("cases", request.toString());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = json(created);
        assertEquals("respiratory", body.getString("team"));
        assertTrue(body.getJsonObject("patient").getString("pseudonym").matches("P-\\d{4,8}"), body::toString);
    }

    @Test
    void anExistingPseudonymReusesItsPatient() {
        String first = json(respiratory().post("cases", SEVERE_ASTHMA))
                .getJsonObject("patient")
                .getString("pseudonym");
        JsonObject again = patch(
                SEVERE_ASTHMA,
                Json.createPatchBuilder()
                        .replace(
                                "/patient",
                                Json.createObjectBuilder()
                                        .add("pseudonym", first)
                                        .build())
                        .build());
        HttpResponse<String> second = respiratory().post("cases", again.toString());
        assertEquals(201, second.statusCode(), second.body());
        JsonObject patient = json(second).getJsonObject("patient");
        assertEquals(first, patient.getString("pseudonym"));
        assertEquals(1970, patient.getInt("birthYear"), "birth year and sex come from the recorded patient");
        assertEquals("F", patient.getString("sex"));

        JsonObject mismatch = patch(
                SEVERE_ASTHMA,
                Json.createPatchBuilder()
                        .add("/patient/pseudonym", first)
                        .replace("/patient/birthYear", 1990)
                        .build());
        assertFieldError(respiratory().post("cases", mismatch.toString()), "patient.birthYear", "");
    }

    @Test
    void anObservationWithoutADateIsDatedToday() {
        JsonObject request = patch(
                SEVERE_ASTHMA,
                Json.createPatchBuilder().remove("/observations/1/date").build());
        JsonObject body = json(respiratory().post("cases", request.toString()));
        assertEquals(TODAY, observation(body, "feno").getString("date"));
    }

    @Test
    void valueSetCodesAndPositiveNegativeTestsAreAccepted() {
        String myasthenia = """
                {"patient": {"birthYear": 1985, "sex": "M"}, "condition": "myasthenia-gravis",
                 "summary": "Generalised MG",
                 "observations": [
                   {"code": "mgfa-class", "value": "IIIa", "unit": "class"},
                   {"code": "musk-ab", "value": 1},
                   {"code": "achr-ab", "value": 0}
                 ]}
                """;
        HttpResponse<String> created = as("neuro.neuro").post("cases", myasthenia);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = json(created);
        assertEquals("neuromuscular", body.getString("team"));
        assertEquals("IIIa", observation(body, "mgfa-class").getString("value"));
        assertEquals(1, observation(body, "musk-ab").getInt("value"));
        assertEquals(0, observation(body, "achr-ab").getInt("value"));
    }

    // --- list ----------------------------------------------------------------------------------------------------

    @Test
    void listFiltersByConditionAndStatusAndPages() {
        for (int i = 0; i < 3; i++) {
            assertEquals(201, respiratory().post("cases", SEVERE_ASTHMA).statusCode());
        }
        JsonObject all = json(respiratory().get("cases?condition=severe-asthma&status=DRAFT&page=0&size=2"));
        long total = all.getJsonNumber("total").longValue();
        assertTrue(total >= 3, all::toString);
        assertEquals(2, all.getJsonArray("items").size(), "a page holds at most size items");
        for (JsonValue item : all.getJsonArray("items")) {
            assertEquals("severe-asthma", item.asJsonObject().getString("condition"));
            assertEquals("DRAFT", item.asJsonObject().getString("status"));
        }
        JsonObject last = json(
                respiratory().get("cases?condition=severe-asthma&status=DRAFT&page=" + ((total - 1) / 2) + "&size=2"));
        assertEquals(total, last.getJsonNumber("total").longValue());
        assertEquals(total % 2 == 0 ? 2 : 1, last.getJsonArray("items").size(), "the last page holds the rest");
        assertEquals(
                0,
                json(respiratory().get("cases?status=CLOSED"))
                        .getJsonNumber("total")
                        .longValue());
        assertEquals(
                0,
                json(respiratory().get("cases?condition=epilepsy"))
                        .getJsonArray("items")
                        .size());

        assertFieldError(respiratory().get("cases?status=SOMEDAY"), "status", "SOMEDAY");
        assertFieldError(respiratory().get("cases?condition=gout"), "condition", "gout");
        assertFieldError(respiratory().get("cases?size=0"), "size", "");
        assertFieldError(respiratory().get("cases?page=-1"), "page", "");
    }

    // --- 400 -----------------------------------------------------------------------------------------------------

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                Arguments.of(
                        "unknown observation code",
                        Json.createPatchBuilder().replace("/observations/1/code", "feno-x"),
                        "observations[1].code",
                        "feno-x"),
                Arguments.of(
                        "value outside the range",
                        Json.createPatchBuilder().replace("/observations/0/value", 99999),
                        "observations[0].value",
                        "range"),
                Arguments.of(
                        "wrong unit",
                        Json.createPatchBuilder().replace("/observations/0/unit", "mmol/L"),
                        "observations[0].unit",
                        "cells/uL"),
                Arguments.of(
                        "malformed date",
                        Json.createPatchBuilder().replace("/observations/0/date", "01/10/2026"),
                        "observations[0].date",
                        "YYYY-MM-DD"),
                Arguments.of(
                        "impossible date",
                        Json.createPatchBuilder().replace("/treatmentLines/0/start", "2025-02-30"),
                        "treatmentLines[0].start",
                        ""),
                Arguments.of("missing condition", Json.createPatchBuilder().remove("/condition"), "condition", ""),
                Arguments.of(
                        "missing birth year",
                        Json.createPatchBuilder().remove("/patient/birthYear"),
                        "patient.birthYear",
                        ""),
                Arguments.of(
                        "unknown therapy",
                        Json.createPatchBuilder().replace("/treatmentLines/0/therapy", "snake-oil"),
                        "treatmentLines[0].therapy",
                        "snake-oil"),
                Arguments.of(
                        "unknown factor",
                        Json.createPatchBuilder().replace("/resistanceFactors/0/factor", "bad-luck"),
                        "resistanceFactors[0].factor",
                        "bad-luck"),
                Arguments.of(
                        "bad response",
                        Json.createPatchBuilder().replace("/treatmentLines/0/response", "MAYBE"),
                        "treatmentLines[0].response",
                        "MAYBE"),
                Arguments.of(
                        "bad factor status",
                        Json.createPatchBuilder().replace("/resistanceFactors/0/status", "PROBABLY"),
                        "resistanceFactors[0].status",
                        "PROBABLY"),
                Arguments.of(
                        "value of the wrong type",
                        Json.createPatchBuilder().replace("/patient/birthYear", "nineteen seventy"),
                        "patient.birthYear",
                        ""),
                Arguments.of(
                        "text for a number",
                        Json.createPatchBuilder()
                                .replace(
                                        "/observations/1",
                                        Json.createObjectBuilder()
                                                .add("code", "act")
                                                .add("value", "good")
                                                .build()),
                        "observations[1].value",
                        "good"),
                Arguments.of(
                        "instrument of another condition",
                        Json.createPatchBuilder()
                                .replace(
                                        "/observations/1",
                                        Json.createObjectBuilder()
                                                .add("code", "mgfa-class")
                                                .add("value", "IIIa")
                                                .build()),
                        "observations[1].code",
                        "MGFA"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void invalidRequestsAnswer400WithTheFieldAndStoreNothing(
            String problem, JsonPatchBuilder change, String field, String messagePart) {
        long before = total(respiratory());
        HttpResponse<String> response =
                respiratory().post("cases", patch(SEVERE_ASTHMA, change.build()).toString());
        assertFieldError(response, field, messagePart);
        assertEquals(before, total(respiratory()), "nothing is stored after a 400");
    }

    @Test
    void everyProblemOfARequestIsReportedAtOnce() {
        JsonObject request = patch(
                SEVERE_ASTHMA,
                Json.createPatchBuilder()
                        .replace("/observations/0/value", -5)
                        .replace("/observations/1/unit", "ppm")
                        .replace("/treatmentLines/0/therapy", "snake-oil")
                        .build());
        HttpResponse<String> response = respiratory().post("cases", request.toString());
        assertEquals(400, response.statusCode(), response.body());
        List<String> fields =
                errors(response).stream().map(e -> e.getString("field")).toList();
        assertTrue(
                fields.containsAll(
                        List.of("observations[0].value", "observations[1].unit", "treatmentLines[0].therapy")),
                fields::toString);
    }

    @Test
    void aBodyThatIsNotJsonAnswers400() {
        long before = total(respiratory());
        HttpResponse<String> response = respiratory().post("cases", "{\"patient\": ");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"errors\""), response.body());
        assertEquals(before, total(respiratory()));
    }

    // --- 401, 403, 404 -------------------------------------------------------------------------------------------

    @Test
    void withoutOrWithWrongCredentialsTheAnswerIs401() {
        long id = createdId(respiratory());
        for (ApiClient client :
                List.of(ApiClient.anonymous(portal), ApiClient.as(portal, "resp.pulm", "wrong-one"), as("nobody"))) {
            assertEquals(401, client.get("cases").statusCode());
            assertEquals(401, client.get("cases/" + id).statusCode());
            assertEquals(401, client.post("cases", SEVERE_ASTHMA).statusCode());
            assertEquals(
                    401,
                    client.put("cases/" + id, "{\"summary\": \"x\", \"version\": 0}")
                            .statusCode());
        }
    }

    @Test
    void anAdministratorGets403Everywhere() {
        long id = createdId(respiratory());
        ApiClient admin = as("admin");
        long before = total(respiratory());
        for (HttpResponse<String> response : List.of(
                admin.get("cases"),
                admin.get("cases/" + id),
                admin.get("cases/" + Long.MAX_VALUE),
                admin.post("cases", SEVERE_ASTHMA),
                admin.put("cases/" + id, "{\"summary\": \"x\", \"version\": 0}"))) {
            assertEquals(403, response.statusCode(), response.body());
            assertTrue(response.body().contains("\"errors\""), response.body());
        }
        assertEquals(before, total(respiratory()));
    }

    @Test
    void anotherTeamsCaseIsNotFoundLikeAMissingOne() {
        long id = createdId(respiratory());
        ApiClient neuro = as("neuro.neuro");
        HttpResponse<String> foreign = neuro.get("cases/" + id);
        HttpResponse<String> missing = neuro.get("cases/" + (id + 1_000_000));
        assertEquals(404, foreign.statusCode(), foreign.body());
        assertEquals(404, missing.statusCode(), missing.body());
        assertEquals(
                404,
                neuro.put("cases/" + id, "{\"summary\": \"x\", \"version\": 0}").statusCode());
        assertTrue(json(neuro.get("cases?size=100")).getJsonArray("items").stream()
                .noneMatch(item -> item.asJsonObject().getJsonNumber("id").longValue() == id));
        assertEquals(
                0,
                json(neuro.get("cases?condition=severe-asthma"))
                        .getJsonNumber("total")
                        .longValue());
        JsonObject posted = patch(SEVERE_ASTHMA, Json.createPatchBuilder().build());
        assertEquals(403, neuro.post("cases", posted.toString()).statusCode(), "not a member of respiratory");
    }

    // --- 409 -----------------------------------------------------------------------------------------------------

    @Test
    void aChangeOnAStaleVersionAnswers409NamingWhoChangedItAndWhen() {
        HttpResponse<String> created = respiratory().post("cases", SEVERE_ASTHMA);
        long id = json(created).getJsonNumber("id").longValue();
        String etag = created.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> pharmacist =
                as("resp.pharm").put("cases/" + id, "{\"summary\": \"Pharmacist's review\"}", etag);
        assertEquals(200, pharmacist.statusCode(), pharmacist.body());
        assertNotEquals(etag, pharmacist.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> stale = respiratory().put("cases/" + id, "{\"summary\": \"Mine\"}", etag);
        assertEquals(409, stale.statusCode(), stale.body());
        JsonObject conflict = json(stale);
        assertEquals("resp.pharm", conflict.getString("changedBy"));
        Instant changedAt = Instant.parse(json(pharmacist).getString("updatedAt"));
        assertTrue(
                Duration.between(changedAt, Instant.parse(conflict.getString("changedAt")))
                                .abs()
                                .toMillis()
                        < 1000,
                stale::body);
        assertTrue(errors(stale).get(0).getString("message").contains("resp.pharm"), stale.body());

        long staleVersion = json(created).getJsonNumber("version").longValue();
        HttpResponse<String> staleBody =
                respiratory().put("cases/" + id, "{\"summary\": \"Mine\", \"version\": " + staleVersion + "}");
        assertEquals(409, staleBody.statusCode(), staleBody.body());
        assertEquals(
                "Pharmacist's review", json(respiratory().get("cases/" + id)).getString("summary"));
    }

    @Test
    void aPutIsOneTransactionSoARefusedStatusChangeLeavesTheSummaryAlone() {
        HttpResponse<String> created = respiratory().post("cases", SEVERE_ASTHMA);
        JsonObject before = json(created);
        long id = before.getJsonNumber("id").longValue();

        HttpResponse<String> refused = respiratory()
                .put(
                        "cases/" + id,
                        "{\"summary\": \"Changed\", \"status\": \"CLOSED\"}",
                        created.headers().firstValue("ETag").orElseThrow());

        assertFieldError(refused, "status", "");
        JsonObject after = json(respiratory().get("cases/" + id));
        assertEquals(before.getString("summary"), after.getString("summary"), "nothing of the PUT was stored");
        assertEquals(before.getJsonNumber("version"), after.getJsonNumber("version"));
    }

    @Test
    void aChangeWithoutAVersionIsRefused() {
        long id = createdId(respiratory());
        assertFieldError(respiratory().put("cases/" + id, "{\"summary\": \"Mine\"}"), "version", "");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private ApiClient respiratory() {
        return as("resp.pulm");
    }

    private static long createdId(ApiClient client) {
        HttpResponse<String> created = client.post("cases", SEVERE_ASTHMA);
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    private static long total(ApiClient client) {
        HttpResponse<String> list = client.get("cases?size=1");
        assertEquals(200, list.statusCode(), list.body());
        return json(list).getJsonNumber("total").longValue();
    }

    private static void assertFieldError(HttpResponse<String> response, String field, String messagePart) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(
                errors(response).stream()
                        .anyMatch(e -> field.equals(e.getString("field", null))
                                && e.getString("message").contains(messagePart)),
                () -> "expected an error on " + field + " mentioning '" + messagePart + "': " + response.body());
    }

    private static List<JsonObject> errors(HttpResponse<String> response) {
        JsonArray errors = json(response).getJsonArray("errors");
        assertFalse(errors == null || errors.isEmpty(), response.body());
        return errors.getValuesAs(JsonObject.class);
    }

    private static JsonObject observation(JsonObject body, String code) {
        return body.getJsonArray("observations").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " missing in " + body));
    }

    private static JsonObject patch(String json, JsonPatch change) {
        return change.apply(Json.createReader(new StringReader(json)).readObject());
    }
}
