package org.refract.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/**
 * Refuses a caller whose role the operation's {@code x-roles} (its documented roles) does not name with 403 before
 * anything of the request is read: a body is parsed and validated only for a caller who may make the call, so a
 * refused role learns nothing from a 400. The services' {@code @RolesAllowed} stays the rule; this is the same rule
 * enforced at the edge, from the description the clients read.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiRoleFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> roles = roles(resource.getResourceMethod());
        SecurityContext security = request.getSecurityContext();
        if (roles.isEmpty() || security.getUserPrincipal() == null) {
            return; // undocumented or anonymous: the authentication mechanism and the services decide
        }
        if (Arrays.stream(roles.get().split(",")).noneMatch(security::isUserInRole)) {
            request.abortWith(
                    ApiError.response(Response.Status.FORBIDDEN, ApiError.of(null, "Your role does not allow this.")));
        }
    }

    private static Optional<String> roles(Method method) {
        if (method == null) {
            return Optional.empty();
        }
        return Arrays.stream(method.getAnnotationsByType(Extension.class))
                .filter(extension -> ApiDocs.ROLES.equals(extension.name()))
                .map(Extension::value)
                .findFirst();
    }
}
