package org.refract.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.refract.it.ApiTestBase;

/**
 * The probes answer without a login: readiness reports the database, the search index and whether the FHIR validator
 * (prepared after the start) is ready, liveness reports only
 * that the portal answers and never asks the database (a slow database must not get healthy nodes restarted).
 */
class HealthIT extends ApiTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"health/ready", "health"})
    void readinessReportsTheDatabaseAndTheSearchIndex(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"name\":\"database\",\"status\":\"UP\""), response.body());
        assertTrue(response.body().contains("\"name\":\"search-index\""), response.body());
        assertTrue(response.body().contains("\"rebuilding\":false"), response.body());
        // prepared in the background after the start: ready or not yet, but always reported
        assertTrue(
                response.body()
                        .matches(
                                ".*\"name\":\"fhir-validator\",\"status\":\"UP\",\"data\":\\{\"ready\":(true|false)}.*"),
                response.body());
    }

    @Test
    void livenessDoesNotAskTheDatabase() throws Exception {
        HttpResponse<String> response = get("health/live");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("{\"status\":\"UP\",\"checks\":[]}", response.body());
        assertFalse(response.body().contains("database"), response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(portal.toExternalForm().replaceAll("/?$", "/") + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
