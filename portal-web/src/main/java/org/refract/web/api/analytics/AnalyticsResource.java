package org.refract.web.api.analytics;

import static org.refract.domain.shared.JsonValues.JSON;

import jakarta.ejb.EJB;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.refract.service.analytics.AnalyticsCsv;
import org.refract.service.analytics.AnalyticsRequest;
import org.refract.service.analytics.CountRow;
import org.refract.service.analytics.DecisionTimeRow;
import org.refract.service.analytics.StatusCountRow;
import org.refract.service.analytics.TeamAnalyticsDetail;
import org.refract.service.analytics.TeamAnalyticsService;
import org.refract.service.audit.SecurityEventService;
import org.refract.web.api.ApiDocs;

/**
 * {@code GET /api/analytics}: the figures of the analytics page for the caller's teams, as JSON (exact counts, for
 * members of the team) or as CSV ({@code Accept: text/csv}, counts under five as {@code <5}, as the page exports).
 */
@Tag(name = "Analytics")
@Path("analytics")
public class AnalyticsResource {

    static final String CSV = "text/csv";

    @EJB
    TeamAnalyticsService analytics;

    @EJB
    SecurityEventService securityEvents;

    @Operation(
            summary = "Team analytics: cases by status, refractory share, factors, decision times, meetings, switches")
    @Extension(name = ApiDocs.ROLES, value = ApiDocs.CLINICAL)
    @APIResponse(
            responseCode = "200",
            description = "The figures; as CSV with small counts suppressed when text/csv is asked for",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON), @Content(mediaType = CSV)})
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response figures(
            @QueryParam("team") String team,
            @QueryParam("condition") String condition,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @HeaderParam("Accept") String accept) {
        TeamAnalyticsDetail figures =
                analytics.figures(AnalyticsRequest.of(team, condition, from, to, LocalDate.now()));
        if (accept != null && accept.contains(CSV) && !accept.contains(MediaType.APPLICATION_JSON)) {
            securityEvents.exported(
                    "analytics CSV team=" + team + " condition=" + condition + " from=" + from + " to=" + to);
            return Response.ok(AnalyticsCsv.of(figures), CSV + "; charset=UTF-8")
                    .build();
        }
        return Response.ok(json(figures), MediaType.APPLICATION_JSON).build();
    }

    static JsonObject json(TeamAnalyticsDetail figures) {
        JsonArrayBuilder cases = JSON.createArrayBuilder();
        for (StatusCountRow row : figures.casesByStatus()) {
            cases.add(JSON.createObjectBuilder()
                    .add("condition", row.conditionCode())
                    .add("status", row.status())
                    .add("count", row.count()));
        }
        DecisionTimeRow time = figures.decisionTime();
        JsonObjectBuilder decisionTime = JSON.createObjectBuilder().add("decisions", time.decisions());
        if (time.decisions() > 0) {
            decisionTime
                    .add("meanDays", time.meanDays())
                    .add("shortestDays", time.shortestDays())
                    .add("longestDays", time.longestDays());
        }
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("from", figures.request().from().toString())
                .add("to", figures.request().to().toString())
                .add("casesByStatus", cases)
                .add("refractoryAtDecision", counts(figures.refractoryAtDecision()))
                .add("confirmedFactors", counts(figures.confirmedFactors()))
                .add("decisionTime", decisionTime)
                .add(
                        "meetings",
                        JSON.createObjectBuilder()
                                .add("held", figures.meetings().meetingsHeld())
                                .add("casesDecided", figures.meetings().casesDecided()))
                .add("switchOutcomes", counts(figures.switchOutcomes()));
        if (figures.refractoryShare() != null) {
            json.add("refractoryShare", figures.refractoryShare());
        }
        return json.build();
    }

    private static JsonArrayBuilder counts(List<CountRow> rows) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        rows.forEach(row ->
                array.add(JSON.createObjectBuilder().add("code", row.code()).add("count", row.count())));
        return array;
    }
}
