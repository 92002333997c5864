package org.refract.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.refract.it.ApiTestBase;

/**
 * Nobody ties up the server with one request: bodies beyond the API's or a form's limit get a 413 that says the
 * limit, also when sent without a length, and an array in an API request beyond its cap a 400 naming the field.
 */
class RequestLimitsIT extends ApiTestBase {

    private static final int FIVE_MIB = 5 * 1024 * 1024;

    @Test
    void anApiBodyOverItsLimitIsRefusedWithTheLimit() throws Exception {
        HttpResponse<String> answer = send(apiPost("cases", HttpRequest.BodyPublishers.ofByteArray(bigJson())));
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("larger than the 4 MiB the portal accepts on the API"), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void aBodyWithoutALengthIsCountedToo() throws Exception {
        HttpResponse<String> answer = send(
                apiPost("cases", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bigJson()))));
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("4 MiB"), answer.body());
    }

    @Test
    void aFormOverItsLimitGetsAPageThatSaysSo() throws Exception {
        String form = "login=login&login%3Ausername=resp.pulm&login%3Apassword="
                + URLEncoder.encode("x".repeat(2 * 1024 * 1024), StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(page("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        assertEquals(413, answer.statusCode());
        assertTrue(answer.body().contains("id=\"error-413\""), answer.body());
        assertTrue(answer.body().contains("The limit is 1 MiB"), answer.body());
    }

    @Test
    void anArrayBeyondItsCapIsA400NamingTheField() throws Exception {
        String roles = IntStream.range(0, 1001).mapToObj(i -> "\"CLINICIAN\"").collect(Collectors.joining(","));
        HttpResponse<String> answer = as("admin").put("users/resp.pulm", "{\"roles\": [" + roles + "]}");
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals(
                "roles", json(answer).getJsonArray("errors").getJsonObject(0).getString("field"), answer.body());
        assertTrue(answer.body().contains("At most 1000 items"), answer.body());

        HttpResponse<String> fine = as("admin").put("users/resp.pulm", "{\"roles\": [\"CLINICIAN\"]}");
        assertEquals(200, fine.statusCode(), "within the cap the same request works: " + fine.body());
    }

    private static byte[] bigJson() {
        return ("{\"description\":\"" + "a".repeat(FIVE_MIB) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private HttpRequest apiPost(String path, HttpRequest.BodyPublisher body) {
        String basic = Base64.getEncoder().encodeToString(("resp.pulm:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(page("api/" + path))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(body)
                .build();
    }

    private URI page(String path) {
        return URI.create(portal.toExternalForm() + "/").resolve(path); // resolve() folds a doubled slash
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
