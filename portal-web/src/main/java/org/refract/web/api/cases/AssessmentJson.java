package org.refract.web.api.cases;

import static org.refract.domain.shared.JsonValues.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import org.refract.domain.decision.Assessment;
import org.refract.domain.decision.CriterionResult;
import org.refract.domain.decision.RuleOutcome;

/** An assessment as {@code GET /api/cases/{id}/assessment} returns it (shared/API.md). */
final class AssessmentJson {

    private AssessmentJson() {}

    /** The assessment with {@code remission}: the condition's remission definition, null where it has none. */
    static JsonObject of(Assessment assessment, Optional<RuleOutcome> remission) {
        JsonObjectBuilder body = JSON.createObjectBuilder(of(assessment));
        remission.ifPresentOrElse(
                r -> body.add(
                        "remission",
                        JSON.createObjectBuilder()
                                .add("status", r.refractoryStatus())
                                .add("definition", r.rule().name())
                                .add("source", r.rule().source())
                                .add("version", String.valueOf(r.rule().version()))
                                .add("criteria", criteria(r))),
                () -> body.addNull("remission"));
        return body.build();
    }

    static JsonObject of(Assessment assessment) {
        JsonObjectBuilder body = JSON.createObjectBuilder();
        assessment
                .refractory()
                .ifPresentOrElse(
                        r -> body.add(
                                "refractory",
                                JSON.createObjectBuilder()
                                        .add("status", r.refractoryStatus())
                                        .add("definition", r.rule().name())
                                        .add("source", r.rule().source())
                                        .add("version", String.valueOf(r.rule().version()))
                                        .add(
                                                "effectiveFrom",
                                                r.rule().effectiveFrom().toString())
                                        .add("criteria", criteria(r))),
                        () -> body.addNull("refractory"));
        JsonArrayBuilder options = JSON.createArrayBuilder();
        for (Assessment.TherapyOption option : assessment.options()) {
            JsonObjectBuilder o = JSON.createObjectBuilder()
                    .add("therapy", option.therapy())
                    .add("name", option.therapyName())
                    .add("status", option.status())
                    .add("investigational", option.investigational());
            option.outcome()
                    .ifPresentOrElse(
                            r -> o.add("source", r.rule().source())
                                    .add("version", String.valueOf(r.rule().version()))
                                    .add("criteria", criteria(r)),
                            () -> o.addNull("source")
                                    .addNull("version")
                                    .add(
                                            "criteria",
                                            JSON.createArrayBuilder()
                                                    .add(JSON.createObjectBuilder()
                                                            .add(
                                                                    "text",
                                                                    "No eligibility criteria are recorded for"
                                                                            + " this therapy")
                                                            .add("result", "MISSING")
                                                            .add("value", ""))));
            options.add(o);
        }
        JsonArrayBuilder alerts = JSON.createArrayBuilder();
        assessment
                .alerts()
                .forEach(a -> alerts.add(JSON.createObjectBuilder()
                        .add("severity", a.severity().name())
                        .add("text", a.text())
                        .add("source", a.source())));
        JsonArrayBuilder reviews = JSON.createArrayBuilder();
        assessment
                .reviews()
                .forEach(r -> reviews.add(JSON.createObjectBuilder()
                        .add("therapy", r.therapy())
                        .add("start", r.start().toString())
                        .add("dueOn", r.dueOn().toString())
                        .add("due", r.due())
                        .add("response", r.outcome().refractoryStatus())
                        .add("source", r.outcome().rule().source())
                        .add("version", String.valueOf(r.outcome().rule().version()))
                        .add("criteria", criteria(r.outcome()))));
        JsonArrayBuilder trials = JSON.createArrayBuilder();
        assessment
                .trials()
                .forEach(t -> trials.add(JSON.createObjectBuilder()
                        .add("registryId", t.registryId())
                        .add("title", t.title())
                        .add("status", t.status().name())
                        .add("result", t.result())
                        .add("link", t.link())
                        .add("source", t.eligibility().rule().source())
                        .add("version", String.valueOf(t.eligibility().rule().version()))
                        .add("criteria", criteria(t.eligibility()))));
        return body.add("therapyOptions", options)
                .add("trials", trials)
                .add("alerts", alerts)
                .add("responseReviews", reviews)
                .add("evaluatedOn", assessment.on().toString())
                .build();
    }

    private static JsonArrayBuilder criteria(RuleOutcome outcome) {
        JsonArrayBuilder criteria = JSON.createArrayBuilder();
        for (CriterionResult c : outcome.criteria()) {
            criteria.add(JSON.createObjectBuilder()
                    .add("text", c.text())
                    .add("result", c.result().name())
                    .add("value", c.value() == null ? "" : c.value()));
        }
        return criteria;
    }
}
