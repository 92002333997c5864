package org.refract.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.refract.it.ApiTestBase;

/**
 * Keeps {@code GET /api/openapi.json} true: every operation it describes is called with a role its {@code x-roles}
 * names and must answer its documented success code and media type; without credentials it must answer 401, with a
 * role it does not name 403, and for a path parameter that names nothing 404, wherever the description lists those
 * answers. An operation described without a way to call it here (or the other way round) fails the test.
 */
class OpenApiIT extends ApiTestBase {

    private static final Map<String, String> USER_OF_ROLE =
            Map.of("CLINICIAN", "resp.pulm", "CHAIR", "resp.chair", "ADMIN", "admin");
    private static final String PREFIX = "/portal/api/";

    private long caseId;
    private String slug;
    private String publishedSlug;

    /**
     * A request that the operation should answer with its success code; {@code successElsewhere} names the test that
     * checks the success of an operation no single demo account can complete (a second administrator's approval, an
     * outcome against a recommendation signed in a meeting): here only its refusals are checked.
     */
    private record Call(String path, String body, String successElsewhere) {
        Call(String path, String body) {
            this(path, body, null);
        }
    }

    @Test
    void theDescriptionIsOpenApi3AndNeedsCredentials() {
        HttpResponse<String> described = asRole("CLINICIAN").get("openapi.json");
        assertEquals(200, described.statusCode(), described.body());
        JsonObject description = json(described.body());
        assertTrue(description.getString("openapi").startsWith("3."), described.body());
        assertTrue(description.getJsonObject("paths").containsKey("/portal/api/cases/{id}/fhir"), described.body());
        assertEquals(401, ApiClient.anonymous(portal).get("openapi.json").statusCode());
    }

    @Test
    void everyDescribedOperationAnswersAsDescribed() {
        JsonObject paths = json(asRole("CLINICIAN").get("openapi.json").body()).getJsonObject("paths");
        prepare();
        Map<String, Supplier<Call>> calls = calls();
        Set<String> described = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (Map.Entry<String, JsonValue> operation :
                    path.getValue().asJsonObject().entrySet()) {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                String key = method + " " + path.getKey();
                described.add(key);
                if (calls.containsKey(key)) {
                    check(key, method, path.getKey(), operation.getValue().asJsonObject(), calls.get(key), wrong);
                }
            }
        }
        assertEquals(calls.keySet(), described, "every described operation is called here, and only those");
        assertEquals(List.of(), wrong);
    }

    private void check(
            String key,
            String method,
            String template,
            JsonObject operation,
            Supplier<Call> recipe,
            List<String> wrong) {
        JsonObject responses = operation.getJsonObject("responses");
        List<String> roles = List.of(operation.getString("x-roles").split(","));
        String success = responses.keySet().stream()
                .filter(code -> code.startsWith("2"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(key + " describes no success"));
        Call call = recipe.get();
        HttpResponse<String> answer = asRole(roles.get(0)).send(method, call.path(), call.body());
        if (call.successElsewhere() != null) {
            // Only the refusals below are checked here.
        } else if (!String.valueOf(answer.statusCode()).equals(success)) {
            wrong.add(key + " answered " + answer.statusCode() + " instead of " + success + ": " + answer.body());
        } else {
            String media = mediaType(responses.getJsonObject(success));
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (media != null && !type.startsWith(media)) {
                wrong.add(key + " answered " + type + " instead of " + media);
            }
        }
        expect(key, responses, "401", ApiClient.anonymous(portal).send(method, call.path(), call.body()), wrong);
        if (responses.containsKey("403")) {
            String outsider = USER_OF_ROLE.keySet().stream()
                    .filter(role -> !roles.contains(role))
                    .findFirst()
                    .orElseThrow();
            expect(key, responses, "403", asRole(outsider).send(method, call.path(), call.body()), wrong);
        }
        if (responses.containsKey("404") && template.contains("{")) {
            String missing = template.substring(PREFIX.length())
                    .replaceAll("\\{id}", "999999999")
                    .replaceAll(
                            "\\{\\w+}",
                            "no-such-thing-" + ThreadLocalRandom.current().nextInt(1_000_000));
            expect(key, responses, "404", asRole(roles.get(0)).send(method, missing, call.body()), wrong);
        }
    }

    private static void expect(
            String key, JsonObject responses, String code, HttpResponse<String> answer, List<String> wrong) {
        if (!responses.containsKey(code)) {
            wrong.add(key + " does not describe " + code);
        } else if (answer.statusCode() != Integer.parseInt(code)) {
            wrong.add(key + " answered " + answer.statusCode() + " where " + code + " is described: " + answer.body());
        }
    }

    private static String mediaType(JsonObject response) {
        JsonObject content = response.getJsonObject("content");
        return content == null || content.isEmpty()
                ? null
                : content.keySet().iterator().next();
    }

    /** A case of the respiratory team, a draft article that the calls change and a published one that all read. */
    private void prepare() {
        HttpResponse<String> created = asRole("CLINICIAN").post("cases", caseRequest());
        assertEquals(201, created.statusCode(), created.body());
        caseId = json(created.body()).getJsonNumber("id").longValue();
        HttpResponse<String> article = asRole("ADMIN").post("articles", articleRequest());
        assertEquals(201, article.statusCode(), article.body());
        slug = json(article.body()).getString("slug");
        publishedSlug = json(asRole("CLINICIAN").get("articles").body())
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("slug");
    }

    /** How to call each described operation successfully, keyed like the description: "METHOD /portal/api/path". */
    private Map<String, Supplier<Call>> calls() {
        Map<String, Supplier<Call>> calls = new TreeMap<>();
        calls.put("GET /portal/api/openapi.json", () -> new Call("openapi.json", null));
        calls.put("GET /portal/api/me", () -> new Call("me", null));
        calls.put("GET /portal/api/users", () -> new Call("users", null));
        calls.put("PUT /portal/api/users/{username}", () -> new Call("users/resp.pharm", "{}"));
        calls.put(
                "POST /portal/api/users/{username}/grant/approval",
                () -> new Call("users/resp.pharm/grant/approval", null, "AdministratorGrantsIT"));
        calls.put(
                "DELETE /portal/api/users/{username}/grant",
                () -> new Call("users/resp.pharm/grant", null, "AdministratorGrantsIT"));
        calls.put("POST /portal/api/cases", () -> new Call("cases", caseRequest()));
        calls.put("GET /portal/api/cases", () -> new Call("cases?condition=severe-asthma&size=5", null));
        calls.put("GET /portal/api/cases/{id}", () -> new Call("cases/" + caseId, null));
        calls.put(
                "PUT /portal/api/cases/{id}",
                () -> new Call("cases/" + caseId, "{\"version\":" + caseVersion() + ",\"title\":\"Described\"}"));
        calls.put(
                "POST /portal/api/cases/{id}/events",
                () -> new Call(
                        "cases/" + caseId + "/events",
                        "{\"type\":\"EXACERBATION\",\"date\":\""
                                + LocalDate.now().minusDays(3) + "\",\"treatedWithSystemicSteroids\":true}"));
        calls.put("GET /portal/api/cases/{id}/events", () -> new Call("cases/" + caseId + "/events", null));
        calls.put("GET /portal/api/cases/{id}/outcomes", () -> new Call("cases/" + caseId + "/outcomes", null));
        calls.put(
                "POST /portal/api/cases/{id}/outcomes",
                () -> new Call(
                        "cases/" + caseId + "/outcomes",
                        "{\"recommendationId\":1,\"outcome\":\"RESPONDER\",\"reviewedOn\":\"" + LocalDate.now() + "\"}",
                        "ReviewLoopIT"));
        calls.put("GET /portal/api/cases/{id}/assessment", () -> new Call("cases/" + caseId + "/assessment", null));
        calls.put("GET /portal/api/cases/{id}/fhir", () -> new Call("cases/" + caseId + "/fhir", null));
        calls.put(
                "POST /portal/api/cases/import",
                () -> new Call(
                        "cases/import",
                        asRole("CLINICIAN").get("cases/" + caseId + "/fhir").body()));
        calls.put(
                "GET /portal/api/analytics",
                () -> new Call(
                        "analytics?team=respiratory&from=" + LocalDate.now().minusMonths(6), null));
        calls.put("GET /portal/api/articles", () -> new Call("articles", null));
        calls.put("GET /portal/api/articles/{slug}", () -> new Call("articles/" + publishedSlug, null));
        calls.put("POST /portal/api/articles", () -> new Call("articles", articleRequest()));
        calls.put(
                "PUT /portal/api/articles/{slug}",
                () -> new Call(
                        "articles/" + slug,
                        "{\"version\":" + articleVersion() + ",\"title\":\"Described\",\"summary\":\"s\","
                                + "\"body\":\"<p>b</p>\",\"note\":\"OpenApiIT\"}"));
        calls.put(
                "POST /portal/api/articles/{slug}/status",
                () -> new Call(
                        "articles/" + slug + "/status",
                        "{\"version\":" + articleVersion() + ",\"status\":\"IN_REVIEW\"}"));
        return calls;
    }

    private long caseVersion() {
        return json(asRole("CLINICIAN").get("cases/" + caseId).body())
                .getJsonNumber("version")
                .longValue();
    }

    private long articleVersion() {
        return json(asRole("ADMIN").get("articles/" + slug).body())
                .getJsonNumber("version")
                .longValue();
    }

    /** A client of the demo account that holds {@code role}. */
    private ApiClient asRole(String role) {
        return as(USER_OF_ROLE.get(role));
    }

    private static String caseRequest() {
        return """
                {"patient": {"birthYear": 1971, "sex": "F"}, "condition": "severe-asthma", "team": "respiratory",
                 "summary": "Described by the OpenAPI test",
                 "observations": [{"code": "blood-eos", "value": 350, "unit": "cells/uL", "date": "%s"}]}
                """.formatted(LocalDate.now().minusDays(5));
    }

    private static String articleRequest() {
        return "{\"slug\":\"openapi-" + ThreadLocalRandom.current().nextInt(100_000_000)
                + "\",\"title\":\"Described\",\"summary\":\"s\",\"body\":\"<p>b</p>\"}";
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
