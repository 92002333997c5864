package org.refract.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.refract.domain.shared.DomainException;
import org.refract.domain.shared.InvalidInputException;
import org.refract.domain.shared.InvalidStateException;

/** A business rule of the model refused the request: 400, with the field when the model names one. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException exception) {
        String field = exception instanceof InvalidInputException input
                ? input.field()
                : exception instanceof InvalidStateException ? "status" : null;
        return ApiError.response(Response.Status.BAD_REQUEST, ApiError.of(field, exception.getMessage()));
    }
}
