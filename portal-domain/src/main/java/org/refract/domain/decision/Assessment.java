package org.refract.domain.decision;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Decision support for one case on one day: the refractory definition, every therapy of the condition, safety
 * alerts, and the response reviews of started therapies. Records the rule versions it used (in each outcome).
 *
 * @param on the day of the evaluation
 * @param refractoryOutcome the condition's refractory definition, or null when none is defined
 * @param options one entry per therapy of the condition, in catalogue order
 * @param alerts safety rules whose criteria are met
 * @param reviews response reviews of therapies the case has started
 * @param trials the open clinical trials of the condition, those the case may fit first
 */
public record Assessment(
        LocalDate on,
        RuleOutcome refractoryOutcome,
        List<TherapyOption> options,
        List<Alert> alerts,
        List<ResponseReview> reviews,
        List<TrialMatch> trials)
        implements Serializable {

    public Assessment {
        trials = trials == null ? List.of() : List.copyOf(trials);
    }

    /** An assessment without trials. */
    public Assessment(
            LocalDate on,
            RuleOutcome refractoryOutcome,
            List<TherapyOption> options,
            List<Alert> alerts,
            List<ResponseReview> reviews) {
        this(on, refractoryOutcome, options, alerts, reviews, List.of());
    }

    /**
     * An open clinical trial of the case's condition and the case against its registered eligibility.
     *
     * @param registryId e.g. NCT05828225
     * @param title the registered title
     * @param status the recruitment status
     * @param link the registry page (or the sponsor's)
     * @param eligibility the trial's eligibility rule evaluated for the case
     */
    public record TrialMatch(String registryId, String title, TrialStatus status, String link, RuleOutcome eligibility)
            implements Serializable {

        /** ELIGIBLE (may fit), NOT_ELIGIBLE or INSUFFICIENT_DATA. */
        public String result() {
            return eligibility.eligibilityStatus();
        }
    }

    /** A therapy of the condition and its eligibility; {@code eligibility} is null when no criteria are recorded. */
    public record TherapyOption(String therapy, String therapyName, RuleOutcome eligibility) implements Serializable {

        public Optional<RuleOutcome> outcome() {
            return Optional.ofNullable(eligibility);
        }

        public String status() {
            return outcome().map(RuleOutcome::eligibilityStatus).orElse("INSUFFICIENT_DATA");
        }

        /** Offered only within a clinical trial, as its eligibility rule says. */
        public boolean investigational() {
            return outcome().map(r -> r.rule().investigational()).orElse(false);
        }
    }

    /** A safety rule that fired. */
    public record Alert(AlertSeverity severity, String text, String source, String ruleCode, int version)
            implements Serializable {}

    /**
     * A started therapy's response review.
     *
     * @param therapy the therapy code
     * @param start when the line started
     * @param dueOn the review date (start plus the response rule's weeks)
     * @param due whether the review date has been reached on the day of the evaluation
     * @param outcome the response rule evaluated against the line's start
     */
    public record ResponseReview(String therapy, LocalDate start, LocalDate dueOn, boolean due, RuleOutcome outcome)
            implements Serializable {}

    public Optional<RuleOutcome> refractory() {
        return Optional.ofNullable(refractoryOutcome);
    }

    public List<String> ruleVersions() {
        var versions = new java.util.ArrayList<String>();
        refractory()
                .ifPresent(r -> versions.add(r.rule().code() + " v" + r.rule().version()));
        options.forEach(o -> o.outcome()
                .ifPresent(r -> versions.add(r.rule().code() + " v" + r.rule().version())));
        reviews.forEach(r -> versions.add(
                r.outcome().rule().code() + " v" + r.outcome().rule().version()));
        alerts.forEach(a -> versions.add(a.ruleCode() + " v" + a.version()));
        trials.forEach(t -> versions.add(
                t.eligibility().rule().code() + " v" + t.eligibility().rule().version()));
        return versions;
    }

    public List<ResponseReview> dueReviews() {
        return reviews.stream().filter(ResponseReview::due).toList();
    }
}
