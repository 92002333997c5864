package org.refract.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.it.Deployments;

/** HTTP Basic on /portal/api: the same accounts and roles as the pages, and no session. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiAuthenticationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL portal;

    @Test
    void basicCredentialsIdentifyTheCallerWithoutASession() {
        HttpResponse<String> response =
                ApiClient.as(portal, "neuro.neuro", "refract-demo-2026").get("me");
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
        HttpResponse<String> response =
                ApiClient.as(portal, "haem.haem", "refract-demo-2026").get("users");
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("\"errors\""), response.body());
    }

    @Test
    void administratorReadsTheUserList() {
        HttpResponse<String> response =
                ApiClient.as(portal, "admin", "refract-demo-2026").get("users");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"username\":\"epi.chair\""));
    }
}
