package org.refract.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Mounts the API at {@code /portal/api}. The annotations are the head of its OpenAPI description
 * ({@code GET /api/openapi.json}): HTTP Basic for every path, and the error answers the operations refer to.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Refract API",
                        version = "1",
                        description = "Cases, decision support, FHIR R4 exchange, articles and accounts of the Refract"
                                + " portal. HTTP Basic with a portal account on every request; the same roles and team"
                                + " scoping as the pages. Each operation names the roles that may call it in"
                                + " x-roles."),
        security = @SecurityRequirement(name = ApiDocs.BASIC),
        components =
                @Components(
                        securitySchemes =
                                @SecurityScheme(
                                        securitySchemeName = ApiDocs.BASIC,
                                        type = SecuritySchemeType.HTTP,
                                        scheme = "basic"),
                        schemas =
                                @Schema(
                                        name = ApiDocs.ERRORS,
                                        description = "One entry per problem: {\"errors\":[{\"field\":\"observations[0]"
                                                + ".value\",\"message\":\"…\"}]}",
                                        type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT),
                        responses = {
                            @APIResponse(
                                    name = ApiDocs.BAD_REQUEST,
                                    description = "Bad input: every problem at once, each under the path of its field;"
                                            + " nothing is stored.",
                                    content =
                                            @Content(
                                                    mediaType = MediaType.APPLICATION_JSON,
                                                    schema = @Schema(ref = ApiDocs.ERRORS))),
                            @APIResponse(
                                    name = ApiDocs.UNAUTHORIZED,
                                    description = "No credentials, wrong credentials, or an account that may not sign"
                                            + " in; with a Basic challenge and an empty body."),
                            @APIResponse(
                                    name = ApiDocs.FORBIDDEN,
                                    description = "The caller's role may not do this.",
                                    content =
                                            @Content(
                                                    mediaType = MediaType.APPLICATION_JSON,
                                                    schema = @Schema(ref = ApiDocs.ERRORS))),
                            @APIResponse(
                                    name = ApiDocs.NOT_FOUND,
                                    description = "It does not exist, or it belongs to a team the caller is not in (the"
                                            + " same answer).",
                                    content =
                                            @Content(
                                                    mediaType = MediaType.APPLICATION_JSON,
                                                    schema = @Schema(ref = ApiDocs.ERRORS))),
                            @APIResponse(
                                    name = ApiDocs.CONFLICT,
                                    description = "Prepared on an outdated version: names who saved first and when.",
                                    content =
                                            @Content(
                                                    mediaType = MediaType.APPLICATION_JSON,
                                                    schema = @Schema(ref = ApiDocs.ERRORS)))
                        }))
public class RestApplication extends Application {}
