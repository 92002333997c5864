package org.refract.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.refract.it.ApiTestBase;

/** {@code /api/articles}: every stored-XSS payload is stored clean; only administrators write; drafts stay hidden. */
class ArticlesApiIT extends ApiTestBase {

    private ApiClient admin() {
        return as("admin");
    }

    private ApiClient clinician() {
        return as("resp.pulm");
    }

    private JsonObject create(String slug, String body) {
        String json = Json.createObjectBuilder()
                .add("slug", slug)
                .add("title", "XSS probe " + slug)
                .add("summary", "Stored-XSS corpus")
                .add("body", body)
                .add("therapies", Json.createArrayBuilder().add("mepolizumab"))
                .build()
                .toString();
        HttpResponse<String> created = admin().post("articles", json);
        assertEquals(201, created.statusCode(), created.body());
        return json(created);
    }

    @Test
    void everyPayloadIsStoredCleanThroughTheApi() {
        List<String> payloads = XssCorpus.payloads();
        assertTrue(payloads.size() >= 20);
        JsonObject article = create("xss-api-probe", "<p>Start</p>");
        long version = article.getJsonNumber("version").longValue();
        for (String payload : payloads) {
            String json = Json.createObjectBuilder()
                    .add("version", version)
                    .add("title", "XSS probe")
                    .add("summary", "Stored-XSS corpus")
                    .add("body", "<p>Before</p>" + payload + "<p>After</p>")
                    .add("note", "payload")
                    .build()
                    .toString();
            HttpResponse<String> saved = admin().put("articles/xss-api-probe", json);
            assertEquals(200, saved.statusCode(), payload + " → " + saved.body());
            JsonObject stored = json(admin().get("articles/xss-api-probe"));
            String body = stored.getString("body").toLowerCase(Locale.ROOT);
            for (String forbidden : XssCorpus.FORBIDDEN) {
                assertFalse(body.contains(forbidden), () -> payload + " left " + forbidden + " in " + body);
            }
            assertTrue(body.contains("before") && body.contains("after"), body);
            version = stored.getJsonNumber("version").longValue();
        }
        assertEquals(
                payloads.size() + 1,
                json(admin().get("articles/xss-api-probe")).getInt("revisions"),
                "every save is a revision");
    }

    @Test
    void onlyAdministratorsWriteAndCliniciansSeeOnlyPublishedArticles() {
        JsonObject draft = create("draft-probe", "<p>Draft text</p>");
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(
                403,
                clinician()
                        .post(
                                "articles",
                                "{\"slug\":\"nope\",\"title\":\"t\",\"summary\":\"s\"," + "\"body\":\"<p>b</p>\"}")
                        .statusCode());
        assertEquals(
                403, clinician().put("articles/draft-probe", "{\"version\":0}").statusCode());
        assertEquals(404, clinician().get("articles/draft-probe").statusCode(), "a draft does not exist for them");
        assertFalse(clinician().get("articles").body().contains("draft-probe"));

        long version = draft.getJsonNumber("version").longValue();
        JsonObject inReview = json(
                admin().post("articles/draft-probe/status", "{\"version\":" + version + ",\"status\":\"IN_REVIEW\"}"));
        JsonObject published = json(admin().post(
                        "articles/draft-probe/status",
                        "{\"version\":" + inReview.getJsonNumber("version") + ",\"status\":\"PUBLISHED\"}"));
        assertEquals("PUBLISHED", published.getString("status"));
        HttpResponse<String> read = clinician().get("articles/draft-probe");
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("<p>Draft text</p>", json(read).getString("body"));
    }

    @Test
    void badInputIsRefusedByField() {
        HttpResponse<String> response = admin().post(
                        "articles",
                        "{\"slug\":\"Bad Slug\",\"title\":\"t\"," + "\"summary\":\"s\",\"body\":\"<p>b</p>\"}");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"field\":\"slug\""), response.body());
        HttpResponse<String> skipped =
                admin().post("articles/severe-asthma-resistance/status", "{\"version\":0,\"status\":\"DRAFT\"}");
        assertTrue(skipped.statusCode() == 409 || skipped.statusCode() == 400, skipped.body());
    }
}
