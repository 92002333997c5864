package org.refract.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.it.api.ApiClient;

/**
 * What every test of the REST API shares: the portal as built (with the demo accounts), its URL, a client per demo
 * account, and JSON answers read as objects. The tests run as a client, over HTTP, like an integration would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ApiTestBase {

    /** The password of every demo account. */
    protected static final String PASSWORD = "refract-demo-2026";

    @ArquillianResource
    protected URL portal;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    /** A client that sends the demo account's username and password (HTTP Basic) on every request. */
    protected ApiClient as(String username) {
        return ApiClient.as(portal, username, PASSWORD);
    }

    /** A JSON object answer. */
    protected static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
