package org.refract.it.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refract.it.ApiTestBase;

/**
 * {@code remission} in {@code GET /api/cases/{id}/assessment}: each condition's remission-on-treatment rule (V51) met
 * and not met by a written vignette, with its source and version; none where the rule does not apply.
 */
class RemissionApiIT extends ApiTestBase {

    private static final String TODAY = LocalDate.now().toString();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            severe-asthma     | MET     | resp.pulm | respiratory   | Menzies-Gow | act 22, exacerbations-12m 0, fev1-pct-pred 86
            severe-asthma     | NOT_MET | resp.pulm | respiratory   | Menzies-Gow | act 15, acq 2.0, exacerbations-12m 0, fev1-pct-pred 86
            myasthenia-gravis | MET     | neuro.neuro | neuromuscular | MGFA      | mg-adl 1
            myasthenia-gravis | NOT_MET | neuro.neuro | neuromuscular | MGFA      | mg-adl 4
            epilepsy          | MET     | epi.neuro | epilepsy      | ILAE 2010   | seizure-free-months 14
            epilepsy          | NOT_MET | epi.neuro | epilepsy      | ILAE 2010   | seizure-free-months 3
            haemophilia-a     | MET     | haem.haem | haemophilia   | ITI         | inhibitor-bu 0.3, fviii-recovery-pct 80, fviii-half-life-h 7.5
            haemophilia-a     | NOT_MET | haem.haem | haemophilia   | ITI         | inhibitor-bu 0.3, fviii-recovery-pct 80, fviii-half-life-h 4
            """)
    void theConditionsRemissionRuleIsMetOrNot(
            String condition, String expected, String user, String team, String source, String values) {
        long id = create(user, condition, team, values, condition.startsWith("haemophilia"));
        JsonObject remission = assessment(user, id).getJsonObject("remission");

        assertEquals(expected, remission.getString("status"), remission.toString());
        assertTrue(remission.getString("source").contains(source), remission.getString("source"));
        assertEquals("1", remission.getString("version"));
        assertFalse(remission.getJsonArray("criteria").isEmpty());
    }

    @Test
    void noRemissionWhereTheRuleDoesNotApply() {
        long id = create("haem.haem", "haemophilia-a", "haemophilia", "inhibitor-bu 0.3", false);
        assertEquals(JsonValue.NULL, assessment("haem.haem", id).get("remission"), "ITI success needs an ITI line");
    }

    @Test
    void missingMeasurementsAreInsufficientData() {
        long id = create("neuro.neuro", "myasthenia-gravis", "neuromuscular", "qmg 12", false);
        assertEquals(
                "INSUFFICIENT_DATA",
                assessment("neuro.neuro", id).getJsonObject("remission").getString("status"));
    }

    private long create(String user, String condition, String team, String values, boolean iti) {
        StringBuilder observations = new StringBuilder();
        for (String pair : values.split(",")) {
            String[] parts = pair.strip().split(" ");
            if (observations.length() > 0) {
                observations.append(',');
            }
            observations.append("{\"code\": \"%s\", \"value\": %s, \"unit\": \"%s\", \"date\": \"%s\"}"
                    .formatted(parts[0], parts[1], unit(parts[0]), TODAY));
        }
        String lines = iti
                ? "[{\"therapy\": \"iti\", \"start\": \"2025-01-01\", \"end\": \"%s\", \"response\": \"COMPLETE\"}]"
                        .formatted(TODAY)
                : "[]";
        String body = """
                {"patient": {"birthYear": 1985, "sex": "F"}, "condition": "%s", "team": "%s",
                 "summary": "Remission vignette", "observations": [%s], "treatmentLines": %s}
                """.formatted(condition, team, observations, lines);
        HttpResponse<String> created = as(user).post("cases", body);
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    private static String unit(String code) {
        return switch (code) {
            case "act", "acq", "mg-adl", "qmg" -> "points";
            case "exacerbations-12m" -> "count";
            case "fev1-pct-pred", "fviii-recovery-pct" -> "%";
            case "seizure-free-months" -> "months";
            case "inhibitor-bu" -> "BU";
            case "fviii-half-life-h" -> "h";
            default -> throw new IllegalArgumentException(code);
        };
    }

    private JsonObject assessment(String user, long id) {
        HttpResponse<String> response = as(user).get("cases/" + id + "/assessment");
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }
}
