package org.refract.web.api.description;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.refract.web.api.ApiDocs;

/** {@code GET /api/openapi.json}: the OpenAPI 3 description of this API, for any signed-in role. */
@Tag(name = "Description")
@Path("openapi.json")
public class OpenApiResource {

    @Inject
    OpenApiDocument document;

    @Operation(summary = "The OpenAPI 3 description of this API")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.ANY_ROLE)
    @APIResponse(
            responseCode = "200",
            description = "This document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String description() {
        return document.json();
    }
}
