package org.refract.web.api.knowledge;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.refract.domain.identity.Role;
import org.refract.domain.knowledge.ArticleStatus;
import org.refract.service.knowledge.ArticleAdministrationService;
import org.refract.service.knowledge.ArticleDetail;
import org.refract.service.knowledge.ArticleLinks;
import org.refract.service.knowledge.KnowledgeService;
import org.refract.service.shared.FieldErrors;
import org.refract.web.api.ApiDocs;
import org.refract.web.api.JsonFields;
import org.refract.web.api.RequestBodies;

/**
 * {@code /api/articles}: published articles for every signed-in user; administrators also read drafts and write
 * (create, save as a new revision, change status). Bodies are sanitised by the service on every write.
 */
@Tag(name = "Articles")
@Path("articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

    @EJB
    KnowledgeService knowledge;

    @EJB
    ArticleAdministrationService administration;

    @Inject
    SecurityContext security;

    @Context
    UriInfo uri;

    @Operation(summary = "Published articles (administrators also see drafts)")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.ANY_ROLE)
    @APIResponse(
            responseCode = "200",
            description = "The articles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @GET
    public JsonObject list() {
        return ArticleJson.list(isAdmin() ? administration.articles() : knowledge.published());
    }

    @Operation(summary = "One article")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.ANY_ROLE)
    @APIResponse(
            responseCode = "200",
            description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @GET
    @Path("{slug}")
    public JsonObject get(@PathParam("slug") String slug) {
        return ArticleJson.detail(isAdmin() ? administration.article(slug) : knowledge.article(slug));
    }

    /** {"slug", "title", "summary", "body", "conditions": [], "therapies": [], "factors": []} */
    @Operation(summary = "Creates a draft article")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.ADMIN)
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        FieldErrors errors = new FieldErrors();
        JsonFields json = new JsonFields(RequestBodies.required(body), "", errors);
        String slug = json.string("slug");
        String title = json.string("title");
        String summary = json.string("summary");
        String html = json.string("body");
        ArticleLinks links = links(json);
        errors.throwIfAny();
        ArticleDetail created = administration.create(slug, title, summary, html, links);
        URI location = uri.getBaseUriBuilder()
                .path(ArticlesResource.class)
                .path(created.slug())
                .build();
        return Response.created(location).entity(ArticleJson.detail(created)).build();
    }

    /** {"version", "title", "summary", "body", "note", and optionally the links}: the next revision. */
    @Operation(summary = "Saves the next revision of an article")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.ADMIN)
    @APIResponse(
            responseCode = "200",
            description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject save(@PathParam("slug") String slug, JsonObject body) {
        FieldErrors errors = new FieldErrors();
        JsonFields json = new JsonFields(RequestBodies.required(body), "", errors);
        Integer version = json.integer("version");
        if (version == null && !json.has("version")) {
            errors.add("version", "Send the version you edited.");
        }
        String title = json.string("title");
        String summary = json.string("summary");
        String html = json.string("body");
        String note = json.string("note");
        ArticleLinks links =
                json.has("conditions") || json.has("therapies") || json.has("factors") ? links(json) : null;
        errors.throwIfAny();
        return ArticleJson.detail(administration.save(slug, version, title, summary, html, note, links));
    }

    /** {"version", "status"}: DRAFT, IN_REVIEW, PUBLISHED or ARCHIVED. */
    @Operation(summary = "Changes an article's status")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.ADMIN)
    @APIResponse(
            responseCode = "200",
            description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @POST
    @Path("{slug}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject status(@PathParam("slug") String slug, JsonObject body) {
        FieldErrors errors = new FieldErrors();
        JsonFields json = new JsonFields(RequestBodies.required(body), "", errors);
        Integer version = json.integer("version");
        String status = json.string("status");
        ArticleStatus target = null;
        try {
            target = status == null ? null : ArticleStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            errors.add("status", "Use DRAFT, IN_REVIEW, PUBLISHED or ARCHIVED.");
        }
        if (version == null || target == null) {
            errors.add(version == null ? "version" : "status", "This field is required.");
        }
        errors.throwIfAny();
        return ArticleJson.detail(administration.changeStatus(slug, version, target));
    }

    private static ArticleLinks links(JsonFields json) {
        return new ArticleLinks(json.strings("conditions"), json.strings("therapies"), json.strings("factors"));
    }

    private boolean isAdmin() {
        return security.isCallerInRole(Role.ADMIN_NAME);
    }
}
