package org.refract.it.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.refract.it.ApiTestBase;
import org.refract.it.api.ApiClient;

/**
 * Issue 14, finding 4: patients belong to their team. Another team's pseudonym, named in a new case, is a new
 * patient of the caller's team: it neither links the other team's patient nor tells anything about it (no birth
 * year or sex comes back, no mismatch is reported); and the pseudonyms the portal assigns count per team, so they
 * do not show how many patients other teams register. The browser's new-case form goes through the same service.
 */
class PatientScopingIT extends ApiTestBase {

    @Test
    void anotherTeamsPseudonymIsANewPatientOfMyTeam() {
        JsonObject theirs = created(neurology(), myasthenia(patient(null, 1985, "M")));
        String pseudonym = theirs.getJsonObject("patient").getString("pseudonym");

        JsonObject mine = created(respiratory(), asthma(patient(pseudonym, 1950, "F")));

        JsonObject patient = mine.getJsonObject("patient");
        assertEquals(pseudonym, patient.getString("pseudonym"));
        assertEquals(1950, patient.getInt("birthYear"), "my patient, not theirs: no mismatch");
        assertEquals("F", patient.getString("sex"));
        JsonObject again = created(respiratory(), asthma(patient(pseudonym, null, null)));
        assertEquals(1950, again.getJsonObject("patient").getInt("birthYear"), "my team's patient is reused");
        JsonObject theirsAgain =
                json(neurology().get("cases/" + theirs.getJsonNumber("id").longValue()));
        assertEquals(1985, theirsAgain.getJsonObject("patient").getInt("birthYear"), "theirs is untouched");
    }

    @Test
    void anotherTeamsPseudonymAnswersExactlyLikeAnUnusedOne() {
        String theirs = created(neurology(), myasthenia(patient(null, 1985, "M")))
                .getJsonObject("patient")
                .getString("pseudonym");
        String unused = "P-" + (70_000_000 + System.nanoTime() % 9_999_999);

        HttpResponse<String> naming = respiratory().post("cases", asthma(patient(theirs, null, null)));
        HttpResponse<String> unknown = respiratory().post("cases", asthma(patient(unused, null, null)));

        assertEquals(400, naming.statusCode(), naming.body());
        assertEquals(unknown.body(), naming.body(), "nothing tells the two apart");
    }

    @Test
    void assignedPseudonymsCountPerTeam() {
        int first = number(created(respiratory(), asthma(patient(null, 1970, "F"))));
        created(neurology(), myasthenia(patient(null, 1985, "M")));
        created(neurology(), myasthenia(patient(null, 1986, "F")));
        int second = number(created(respiratory(), asthma(patient(null, 1971, "M"))));

        assertEquals(first + 1, second, "the neurology team's registrations do not show in ours");
    }

    private static int number(JsonObject created) {
        return Integer.parseInt(
                created.getJsonObject("patient").getString("pseudonym").substring(2));
    }

    private static JsonObject created(ApiClient client, String request) {
        HttpResponse<String> response = client.post("cases", request);
        assertEquals(201, response.statusCode(), response.body());
        return json(response);
    }

    private static String patient(String pseudonym, Integer birthYear, String sex) {
        var patient = Json.createObjectBuilder();
        if (pseudonym != null) {
            patient.add("pseudonym", pseudonym);
        }
        if (birthYear != null) {
            patient.add("birthYear", birthYear);
        }
        if (sex != null) {
            patient.add("sex", sex);
        }
        return patient.build().toString();
    }

    private static String asthma(String patient) {
        return """
                {"patient": %s, "condition": "severe-asthma", "team": "respiratory",
                 "summary": "Uncontrolled on high-dose ICS-LABA"}
                """.formatted(patient);
    }

    private static String myasthenia(String patient) {
        return """
                {"patient": %s, "condition": "myasthenia-gravis", "summary": "Generalised MG"}
                """.formatted(patient);
    }

    private ApiClient respiratory() {
        return as("resp.pulm");
    }

    private ApiClient neurology() {
        return as("neuro.neuro");
    }
}
