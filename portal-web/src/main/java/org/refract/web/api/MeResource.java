package org.refract.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.refract.service.identity.CallerService;
import org.refract.service.identity.UserProfile;

/** {@code GET /api/me}: who the credentials belong to, with roles and teams. */
@Tag(name = "Caller")
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    CallerService caller;

    @Operation(summary = "Who the credentials belong to, with roles and teams")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.ANY_ROLE)
    @APIResponse(
            responseCode = "200",
            description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @GET
    public UserProfile me() {
        return caller.profile();
    }
}
