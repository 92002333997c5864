package org.refract.web.api;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.refract.domain.identity.Role;
import org.refract.service.identity.AccountChange;
import org.refract.service.identity.UserAdministrationService;
import org.refract.service.identity.UserDetail;
import org.refract.service.identity.UserRow;
import org.refract.service.shared.FieldErrors;

/**
 * {@code /api/users}: the user list, and scripted changes to one account, for administrators (the service enforces
 * the role and the same rules as the administration pages).
 */
@Tag(name = "Accounts")
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @EJB
    UserAdministrationService administration;

    @Operation(summary = "The user list (no password material)")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.ADMIN)
    @APIResponse(
            responseCode = "200",
            description = "The accounts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @GET
    public List<UserRow> users() {
        return administration.users();
    }

    /**
     * {@code PUT /api/users/{username}} with any of {@code active}, {@code displayName}, {@code email}, {@code roles}
     * and {@code teams}; the others stay as they are. Answers the account (no password material).
     */
    @Operation(summary = "Changes one account: active, displayName, email, roles, teams")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.ADMIN)
    @APIResponse(
            responseCode = "200",
            description = "The account after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserDetail change(@PathParam("username") String username, JsonObject body) {
        FieldErrors errors = new FieldErrors();
        JsonFields fields = new JsonFields(RequestBodies.required(body), null, errors);
        AccountChange change = new AccountChange(
                fields.bool("active"),
                fields.string("displayName"),
                fields.string("email"),
                fields.has("roles") ? roles(fields.strings("roles"), errors) : null,
                fields.has("teams") ? new LinkedHashSet<>(fields.strings("teams")) : null);
        errors.throwIfAny();
        return administration.apply(username, change);
    }

    /**
     * {@code POST /api/users/{username}/grant/approval}: a second administrator approves the clinical roles waiting
     * for an administrator account (four eyes). Answers the account with its new roles.
     */
    @Operation(summary = "Approves the roles waiting for a second administrator")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.ADMIN)
    @APIResponse(
            responseCode = "200",
            description = "The account after the approval",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @POST
    @Path("{username}/grant/approval")
    public UserDetail approveGrant(@PathParam("username") String username) {
        return administration.approveGrant(username);
    }

    /**
     * {@code DELETE /api/users/{username}/grant}: refuses the roles waiting for a second administrator (or, for the
     * administrator who asked, withdraws them). Answers the account, its roles unchanged.
     */
    @Operation(summary = "Refuses or withdraws the roles waiting for a second administrator")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.ADMIN)
    @APIResponse(
            responseCode = "200",
            description = "The account, roles unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @DELETE
    @Path("{username}/grant")
    public UserDetail refuseGrant(@PathParam("username") String username) {
        return administration.refuseGrant(username);
    }

    private static Set<Role> roles(List<String> names, FieldErrors errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = 0; i < names.size(); i++) {
            try {
                roles.add(Role.valueOf(names.get(i).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add("roles[" + i + "]", "Unknown role " + names.get(i) + ": use CLINICIAN, CHAIR or ADMIN.");
            }
        }
        return roles;
    }
}
