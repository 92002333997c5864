package org.refract.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import org.refract.it.api.ApiClient;

/** The id of a demo showcase case, by its pseudonym, asked of the API as a clinician of its team. */
public final class DemoCaseIds {

    private DemoCaseIds() {}

    public static long of(URL portal, String pseudonym) {
        HttpResponse<String> response = ApiClient.as(portal, userFor(pseudonym), BrowserTestBase.DEMO_PASSWORD)
                .get("cases?size=100");
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(c ->
                            c.getJsonObject("patient").getString("pseudonym").equals(pseudonym))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no demo case " + pseudonym))
                    .getJsonNumber("id")
                    .longValue();
        }
    }

    private static String userFor(String pseudonym) {
        return switch (pseudonym.substring(0, 3)) {
            case "P-1" -> "resp.pulm";
            case "P-3" -> "haem.haem";
            case "P-7" -> "lymph.haem";
            case "P-8" -> "lupus.nephro";
            default -> "neuro.neuro";
        };
    }
}
