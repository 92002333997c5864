package org.refract.web.api.cases;

import jakarta.json.JsonObject;
import org.refract.service.shared.InvalidRequestException;

/** Guards for request bodies. */
final class RequestBodies {

    private RequestBodies() {
    }

    static JsonObject required(JsonObject body) {
        if (body == null) {
            throw InvalidRequestException.of(null, "A JSON object is required as the request body.");
        }
        return body;
    }
}
