package org.refract.web.api;

import static org.refract.domain.shared.JsonValues.JSON;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.refract.service.shared.AccessDeniedException;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.InvalidRequestException;
import org.refract.service.shared.NotFoundException;
import org.refract.service.shared.ServiceException;

/**
 * The error answers of the contract: 400 with every field error, 403, 404, and 409 naming who saved first and
 * when (also as {@code changedBy} / {@code changedAt}).
 */
@Provider
public class ServiceExceptionMapper implements ExceptionMapper<ServiceException> {

    @Override
    public Response toResponse(ServiceException exception) {
        if (exception instanceof InvalidRequestException invalid) {
            return ApiError.response(
                    Response.Status.BAD_REQUEST,
                    new ApiError(invalid.getErrors().stream()
                            .map(e -> new ApiError.FieldError(e.field(), e.message()))
                            .toList()));
        }
        if (exception instanceof ConflictException conflict) {
            JsonObjectBuilder body = JSON.createObjectBuilder()
                    .add(
                            "errors",
                            JSON.createArrayBuilder()
                                    .add(JSON.createObjectBuilder()
                                            .add("field", "version")
                                            .add("message", conflict.getMessage())));
            if (conflict.getSavedBy() != null) {
                body.add("changedBy", conflict.getSavedBy());
            }
            if (conflict.getSavedAt() != null) {
                body.add("changedAt", conflict.getSavedAt().toString());
            }
            return Response.status(Response.Status.CONFLICT)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(body.build())
                    .build();
        }
        Response.Status status;
        if (exception instanceof NotFoundException) {
            status = Response.Status.NOT_FOUND;
        } else if (exception instanceof AccessDeniedException) {
            status = Response.Status.FORBIDDEN;
        } else {
            status = Response.Status.BAD_REQUEST;
        }
        return ApiError.response(status, ApiError.of(null, exception.getMessage()));
    }
}
