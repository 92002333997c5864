package org.refract.web.api.cases;

import ca.uhn.fhir.parser.DataFormatException;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Bundle;
import org.refract.domain.casework.CaseStatus;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.CaseUpdateRequest;
import org.refract.service.casework.ClinicalEventService;
import org.refract.service.casework.EventRequest;
import org.refract.service.casework.EventRow;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.WorklistPage;
import org.refract.service.casework.WorklistQuery;
import org.refract.service.casework.WorklistService;
import org.refract.service.catalog.CatalogService;
import org.refract.service.decision.AssessmentService;
import org.refract.service.shared.FieldError;
import org.refract.service.shared.FieldErrors;
import org.refract.service.shared.InvalidRequestException;
import org.refract.web.api.ApiDocs;
import org.refract.web.api.JsonFields;
import org.refract.web.api.RequestBodies;

/**
 * {@code /api/cases}: create, read, list and update cases (shared/API.md). Role and team checks are the services';
 * a case of another team answers 404 exactly like a missing one.
 */
@Tag(name = "Cases")
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

    @EJB
    CaseService cases;

    @EJB
    WorklistService worklist;

    @EJB
    CatalogService catalog;

    @EJB
    AssessmentService assessments;

    @EJB
    ClinicalEventService events;

    @Inject
    FhirExport fhirExport;

    @Inject
    FhirValidation fhirValidation;

    @Context
    UriInfo uri;

    /** Opens a case: 201 with its location and the case as {@code GET} returns it. */
    @Operation(summary = "Opens a case with its observations, treatment lines and resistance factors")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.CLINICAL)
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the case, the body is the case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        FieldErrors errors = new FieldErrors();
        NewCase command = CaseJsonReader.newCase(RequestBodies.required(body), errors);
        errors.throwIfAny();
        CaseDetail created = cases.create(command);
        URI location = uri.getBaseUriBuilder()
                .path(CasesResource.class)
                .path(String.valueOf(created.id()))
                .build();
        return Response.created(location)
                .tag(etag(created))
                .entity(CaseJsonWriter.caseDetail(created))
                .build();
    }

    /** One case in full; reading it is recorded in the case's view log like opening the case page. */
    @Operation(summary = "One case in full, with its version as ETag")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.CLINICAL)
    @APIResponse(
            responseCode = "200",
            description = "The case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        CaseDetail detail = cases.open(id);
        return Response.ok(CaseJsonWriter.caseDetail(detail)).tag(etag(detail)).build();
    }

    /** Records a dated clinical event: 201 with its location and the event; bad input is a 400 naming the field. */
    @Operation(summary = "Records a dated clinical event")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.CLINICAL)
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @POST
    @Path("{id}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordEvent(@PathParam("id") long id, JsonObject body) {
        FieldErrors errors = new FieldErrors();
        EventRequest entry = EventJson.entry(new JsonFields(RequestBodies.required(body), "", errors));
        errors.throwIfAny();
        EventRow event = events.record(id, null, entry);
        URI location = uri.getBaseUriBuilder()
                .path(CasesResource.class)
                .path(String.valueOf(id))
                .path("events")
                .path(String.valueOf(event.id()))
                .build();
        return Response.created(location).entity(EventJson.event(event)).build();
    }

    /** The case's clinical events, newest first. */
    @Operation(summary = "The case's clinical events, newest first")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.CLINICAL)
    @APIResponse(
            responseCode = "200",
            description = "The events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @GET
    @Path("{id}/events")
    public JsonArray events(@PathParam("id") long id) {
        return EventJson.list(events.events(id));
    }

    /**
     * The case as a FHIR R4 Bundle (shared/API.md, "Interoperability"). Reading it is recorded in the case's view
     * log like opening the case page.
     */
    @Operation(summary = "The case as a FHIR R4 Bundle")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.CLINICAL)
    @APIResponse(
            responseCode = "200",
            description =
                    "A FHIR R4 Bundle (Patient, Condition, Observations, MedicationStatements, CarePlan, CareTeam)",
            content = @Content(mediaType = Fhir.MEDIA_TYPE))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @GET
    @Path("{id}/fhir")
    @Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response fhir(@PathParam("id") long id) {
        return Response.ok(fhirExport.bundle(id), FhirExport.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + FhirExport.fileName(id) + "\"")
                .build();
    }

    /**
     * Opens a case from a FHIR R4 Bundle: parsed strictly, validated against the base R4 profiles
     * ({@link FhirValidation}), every entry checked against the catalogue, then stored in one transaction by the same
     * service as {@code POST /api/cases}; any problem is a 400 naming the entry and element, and nothing is stored.
     */
    @Operation(summary = "Opens a case from a FHIR R4 Bundle; nothing is stored unless every entry is valid")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.CLINICAL)
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new case, the body is the case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @POST
    @Path("import")
    @Consumes({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response importBundle(String body) {
        FieldErrors errors = new FieldErrors();
        Bundle bundle = null;
        try {
            bundle = Fhir.strictReader().parseResource(Bundle.class, body == null ? "" : body);
        } catch (DataFormatException | ClassCastException e) {
            errors.add("body", "Not a FHIR R4 Bundle in JSON: " + e.getMessage());
        }
        errors.throwIfAny();
        fhirValidation.errors(bundle).forEach(error -> errors.add(error.field(), error.message()));
        errors.throwIfAny();
        FhirBundleReader reader = new FhirBundleReader(catalog.standardCodes(), errors);
        NewCase command = reader.read(bundle);
        errors.throwIfAny();
        CaseDetail created;
        try {
            created = cases.create(command);
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(e.getErrors().stream()
                    .map(error -> new FieldError(reader.entryPath(error), error.message()))
                    .toList());
        }
        URI location = uri.getBaseUriBuilder()
                .path(CasesResource.class)
                .path(String.valueOf(created.id()))
                .build();
        return Response.created(location)
                .tag(etag(created))
                .type(MediaType.APPLICATION_JSON)
                .entity(CaseJsonWriter.caseDetail(created))
                .build();
    }

    /** Decision support for the case: refractory status, therapy options, alerts (shared/API.md). */
    @Operation(summary = "Decision support: refractory status, therapy options, alerts, remission")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.CLINICAL)
    @APIResponse(
            responseCode = "200",
            description = "The assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @GET
    @Path("{id}/assessment")
    public JsonObject assessment(@PathParam("id") long id) {
        CaseDetail detail = cases.open(id);
        return AssessmentJson.of(assessments.assess(detail, Set.of()), assessments.remission(detail));
    }

    /**
     * The caller's cases, newest change first.
     *
     * @param page zero-based page number
     * @param size 1 to 100 cases per page
     */
    @Operation(summary = "The caller's cases, filtered and paged")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.CLINICAL)
    @APIResponse(
            responseCode = "200",
            description = "A page: total and items",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @GET
    public JsonObject list(
            @QueryParam("condition") String condition,
            @QueryParam("status") String status,
            @QueryParam("team") String team,
            @QueryParam("q") String text,
            @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("25") String size) {
        FieldErrors errors = new FieldErrors();
        String conditionCode = blankToNull(condition);
        if (conditionCode != null
                && catalog.conditions().stream().noneMatch(c -> c.code().equals(conditionCode))) {
            errors.add("condition", "Unknown condition '" + conditionCode + "'.");
        }
        CaseStatus caseStatus = status(status, errors);
        int pageNumber = number(page, "page", 0, Integer.MAX_VALUE / WorklistQuery.MAX_PAGE_SIZE, errors);
        int pageSize = number(size, "size", 1, WorklistQuery.MAX_PAGE_SIZE, errors);
        errors.throwIfAny();
        WorklistPage result = worklist.find(new WorklistQuery(
                conditionCode,
                caseStatus,
                blankToNull(team),
                null,
                blankToNull(text),
                null,
                false,
                pageNumber * pageSize,
                pageSize));
        return CaseJsonWriter.page(result);
    }

    /**
     * Changes title, summary and status of a case. The version the change was prepared on comes from
     * {@code If-Match} or the body's {@code version}; a mismatch answers 409 naming who saved first.
     */
    @Operation(summary = "Changes title, summary, clinician or status; the version comes from If-Match or the body")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.CLINICAL)
    @APIResponse(
            responseCode = "200",
            description = "The case after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        FieldErrors errors = new FieldErrors();
        JsonFields fields = new JsonFields(RequestBodies.required(body), "", errors);
        Long version = version(ifMatch, body, errors);
        String targetStatus = fields.string("status");
        CaseStatus target = targetStatus == null ? null : status(targetStatus, errors);
        String title = fields.string("title");
        String summary = fields.string("summary");
        String clinician = fields.string("clinician");
        errors.throwIfAny();
        CaseDetail updated = cases.update(
                id, version, new CaseUpdateRequest(title, summary, body.containsKey("summary"), clinician, target));
        return Response.ok(CaseJsonWriter.caseDetail(updated))
                .tag(etag(updated))
                .build();
    }

    private static Long version(String ifMatch, JsonObject body, FieldErrors errors) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            try {
                return Long.parseLong(
                        ifMatch.replace("W/", "").replace("\"", "").strip());
            } catch (NumberFormatException e) {
                errors.add("If-Match", "If-Match must be the case's version, as its ETag gives it.");
                return null;
            }
        }
        Integer version = new JsonFields(body, "", errors).integer("version");
        if (version == null && !errors.isEmpty()) {
            return null;
        }
        if (version == null) {
            errors.add(
                    "version",
                    "Send the version you changed (body 'version' or If-Match), so that no one's"
                            + " change is overwritten silently.");
            return null;
        }
        return version.longValue();
    }

    private static CaseStatus status(String value, FieldErrors errors) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return CaseStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(
                    "status",
                    "Unknown status '" + text + "'; use one of DRAFT, READY_FOR_REVIEW, IN_REVIEW,"
                            + " RECOMMENDATION_ISSUED, FOLLOW_UP, CLOSED.");
            return null;
        }
    }

    private static int number(String value, String field, int min, int max, FieldErrors errors) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, field + " must be a whole number from " + min + " to " + max + ".");
        return min;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static EntityTag etag(CaseDetail detail) {
        return new EntityTag(String.valueOf(detail.version()));
    }
}
