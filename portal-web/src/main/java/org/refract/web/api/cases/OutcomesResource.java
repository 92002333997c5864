package org.refract.web.api.cases;

import static org.refract.domain.shared.JsonValues.JSON;

import jakarta.ejb.EJB;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.refract.service.outcome.OutcomeRequest;
import org.refract.service.outcome.OutcomeRow;
import org.refract.service.outcome.OutcomeService;
import org.refract.service.shared.FieldErrors;
import org.refract.web.api.ApiDocs;
import org.refract.web.api.JsonFields;
import org.refract.web.api.RequestBodies;

/**
 * {@code /api/cases/{id}/outcomes}: the signed recommendations of a case with the outcome recorded against each, and
 * recording (or correcting, with its version) an outcome, the same use case as the Reviews tab's form. Team and role
 * checks are {@link OutcomeService}'s: another team's case answers 404 like a missing one.
 */
@Tag(name = "Cases")
@Path("cases/{id}/outcomes")
@Produces(MediaType.APPLICATION_JSON)
public class OutcomesResource {

    @EJB
    OutcomeService outcomes;

    @Context
    UriInfo uri;

    /** The case's signed recommendations, newest first, each with its outcome or {@code "outcome": null}. */
    @Operation(summary = "The case's signed recommendations with the outcome recorded against each")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.CLINICAL)
    @APIResponse(
            responseCode = "200",
            description = "The recommendations and their outcomes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @GET
    public JsonArray list(@PathParam("id") long id) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        outcomes.ofCase(id).forEach(row -> items.add(row(row)));
        return items.build();
    }

    /**
     * Records the outcome of one signed recommendation: 201 for the first outcome, 200 for a correction (which must
     * send the outcome's {@code version}; a stale or missing one is a 409 naming who recorded it).
     */
    @Operation(summary = "Records (or corrects, with its version) the outcome of a signed recommendation")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.CLINICAL)
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location is the case's outcomes; the body the recommendation with its outcome",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(
            responseCode = "200",
            description = "Corrected; the recommendation with its outcome",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("id") long id, JsonObject body) {
        FieldErrors errors = new FieldErrors();
        JsonFields json = new JsonFields(RequestBodies.required(body), "", errors);
        Integer recommendationId = json.integer("recommendationId");
        String outcome = json.string("outcome");
        LocalDate reviewedOn = json.date("reviewedOn");
        String note = json.string("note");
        Integer version = json.integer("version");
        if (recommendationId == null && errors.isEmpty()) {
            errors.add("recommendationId", "Name the signed recommendation the outcome belongs to (recommendationId).");
        }
        errors.throwIfAny();
        OutcomeRow saved = outcomes.record(
                id,
                recommendationId,
                new OutcomeRequest(outcome, reviewedOn, note, version == null ? null : version.longValue()));
        if (version != null) {
            return Response.ok(row(saved)).build();
        }
        return Response.created(uri.getAbsolutePath()).entity(row(saved)).build();
    }

    private static JsonObject row(OutcomeRow r) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("recommendationId", r.recommendationId())
                .add("meeting", r.meetingTitle())
                .add("decision", r.decision());
        put(json, "decidedOn", r.decidedOn());
        put(json, "followUpOn", r.followUpOn());
        if (!r.recorded()) {
            return json.addNull("outcome").build();
        }
        JsonObjectBuilder outcome = JSON.createObjectBuilder()
                .add("outcome", r.outcome())
                .add("version", r.outcomeVersion())
                .add("reviewedOn", r.reviewedOn().toString());
        if (r.remissionStatus() != null) {
            JsonObjectBuilder remission = JSON.createObjectBuilder().add("status", r.remissionStatus());
            if (r.remissionRule() != null) {
                remission.add("rule", r.remissionRule());
            }
            outcome.add("remission", remission);
        }
        if (r.note() != null) {
            outcome.add("note", r.note());
        }
        outcome.add("recordedBy", r.recordedBy())
                .add("recordedAt", r.recordedAt().toString());
        return json.add("outcome", outcome).build();
    }

    private static void put(JsonObjectBuilder json, String name, LocalDate value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
