package org.refract.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.refract.service.shared.AccessDeniedException;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.NotFoundException;
import org.refract.service.shared.ServiceException;

/** Typed service failures become 403, 404 and 409 with the error body. */
@Provider
public class ServiceExceptionMapper implements ExceptionMapper<ServiceException> {

    @Override
    public Response toResponse(ServiceException exception) {
        Response.Status status;
        if (exception instanceof NotFoundException) {
            status = Response.Status.NOT_FOUND;
        } else if (exception instanceof AccessDeniedException) {
            status = Response.Status.FORBIDDEN;
        } else if (exception instanceof ConflictException) {
            status = Response.Status.CONFLICT;
        } else {
            status = Response.Status.BAD_REQUEST;
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(null, exception.getMessage())).build();
    }
}
