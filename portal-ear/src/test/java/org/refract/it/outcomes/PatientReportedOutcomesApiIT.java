package org.refract.it.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refract.it.Deployments;
import org.refract.it.api.ApiClient;

/**
 * Patient-reported outcomes as catalogue instruments (V81): ACQ-5 for asthma, MG-QoL15r for myasthenia gravis, the
 * EQ-5D-5L VAS for every condition, each recorded through the API with its interpretation band, and refused (400
 * naming the field, nothing stored) outside its range or for a condition it does not apply to.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatientReportedOutcomesApiIT {

    private static final String PASSWORD = "refract-demo-2026";
    private static final String TODAY = LocalDate.now().toString();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL portal;

    @ParameterizedTest(name = "{1} {2} for {0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            severe-asthma     | acq-5        | 0.6  | Well controlled               | resp.pulm   | respiratory
            severe-asthma     | acq-5        | 1.0  | Partly controlled (grey zone) | resp.pulm   | respiratory
            severe-asthma     | acq-5        | 2.4  | Not well controlled           | resp.pulm   | respiratory
            myasthenia-gravis | mg-qol15r    | 17   | Higher is worse               | neuro.neuro | neuromuscular
            myasthenia-gravis | eq-5d-5l-vas | 62   | Higher is better              | neuro.neuro | neuromuscular
            severe-asthma     | eq-5d-5l-vas | 80   | Higher is better              | resp.pulm   | respiratory
            """)
    void aPatientReportedOutcomeIsRecordedWithItsBand(
            String condition, String code, String value, String band, String user, String team) {
        HttpResponse<String> created = create(user, condition, team, code, value);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject observation = json(created).getJsonArray("observations").stream()
                .map(JsonValue::asJsonObject)
                .filter(o -> o.getString("code").equals(code))
                .findFirst()
                .orElseThrow();
        assertTrue(observation.getString("interpretation", "").startsWith(band), observation.toString());
    }

    @ParameterizedTest(name = "{1} {2} for {0} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            severe-asthma     | acq-5        | 6.5 | resp.pulm   | respiratory
            myasthenia-gravis | mg-qol15r    | 31  | neuro.neuro | neuromuscular
            severe-asthma     | eq-5d-5l-vas | 101 | resp.pulm   | respiratory
            severe-asthma     | mg-qol15r    | 10  | resp.pulm   | respiratory
            """)
    void outsideItsRangeOrConditionItIsRefused(String condition, String code, String value, String user, String team) {
        HttpResponse<String> refused = create(user, condition, team, code, value);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("observations[0]"), refused.body());
    }

    private HttpResponse<String> create(String user, String condition, String team, String code, String value) {
        String body = """
                {"patient": {"birthYear": 1979, "sex": "M"}, "condition": "%s", "team": "%s",
                 "summary": "Patient-reported outcome", "observations": [
                   {"code": "%s", "value": %s, "unit": "points", "date": "%s"}]}
                """.formatted(condition, team, code, value, TODAY);
        return ApiClient.as(portal, user, PASSWORD).post("cases", body);
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
