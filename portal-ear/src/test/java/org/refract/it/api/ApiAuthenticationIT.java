package org.refract.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.refract.it.ApiTestBase;

/** HTTP Basic on /portal/api: the same accounts and roles as the pages, and no session. */
class ApiAuthenticationIT extends ApiTestBase {

    @Test
    void basicCredentialsIdentifyTheCallerWithoutASession() {
        HttpResponse<String> response = as("neuro.neuro").get("me");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"username\":\"neuro.neuro\""), response.body());
        assertTrue(response.body().contains("neuromuscular"), response.body());
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "the API creates no session");
    }

    @Test
    void missingCredentialsGet401WithABasicChallenge() {
        HttpResponse<String> response = ApiClient.anonymous(portal).get("me");
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void wrongPasswordGets401() {
        assertEquals(
                401,
                ApiClient.as(portal, "neuro.neuro", "wrong-password-here")
                        .get("me")
                        .statusCode());
    }

    @Test
    void wrongRoleGets403FromTheService() {
        HttpResponse<String> response = as("haem.haem").get("users");
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("\"errors\""), response.body());
    }

    @Test
    void administratorReadsTheUserList() {
        HttpResponse<String> response = as("admin").get("users");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"username\":\"epi.chair\""));
    }
}
