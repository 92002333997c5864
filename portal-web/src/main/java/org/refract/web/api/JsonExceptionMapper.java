package org.refract.web.api;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or not the JSON object expected. */
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonException> {

    @Override
    public Response toResponse(JsonException exception) {
        return ApiError.response(
                Response.Status.BAD_REQUEST,
                ApiError.of(null, "The request body is not a valid JSON object: " + exception.getMessage()));
    }
}
