package org.refract.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The body of every 4xx answer: {@code {"errors":[{"field":"...","message":"..."}]}}.
 *
 * @param errors what was wrong, field by field
 */
public record ApiError(List<FieldError> errors) {

    /**
     * One problem.
     *
     * @param field the JSON path of the offending value, or null when it is about the request as a whole
     * @param message what is wrong, for a person
     */
    public record FieldError(String field, String message) {}

    public static ApiError of(String field, String message) {
        return new ApiError(List.of(new FieldError(field, message)));
    }

    /** An error answer with this body. */
    public static Response response(Response.Status status, ApiError error) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(error)
                .build();
    }
}
