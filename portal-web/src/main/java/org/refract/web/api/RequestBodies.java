package org.refract.web.api;

import jakarta.json.JsonObject;
import org.refract.service.shared.InvalidRequestException;

/** Guards for request bodies. */
public final class RequestBodies {

    private RequestBodies() {}

    public static JsonObject required(JsonObject body) {
        if (body == null) {
            throw InvalidRequestException.of(null, "A JSON object is required as the request body.");
        }
        return body;
    }
}
