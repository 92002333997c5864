package org.refract.domain.decision;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of a rule as the evaluation uses it: immutable, detached from the database.
 *
 * @param code the rule's stable code, e.g. "eligibility:mepolizumab"
 * @param kind what the rule decides
 * @param condition the condition code it applies to, or null for every condition (safety rules)
 * @param therapy the therapy code it is about (eligibility, response), or null
 * @param name the rule's name ("Severe asthma (ERS/ATS 2014)")
 * @param source the citation shown with every result ("NICE TA671")
 * @param articleSlug the knowledge article explaining the source, or null
 * @param version the version number the evaluation used
 * @param effectiveFrom the day this version took effect
 * @param criteria the structured criteria
 * @param reviewAfterWeeks for response rules: weeks after the start when the response is reviewed
 * @param severity for safety rules: how loud the alert is
 * @param alertText for safety rules: what the alert says
 * @param investigational for eligibility rules: the therapy is offered only within a clinical trial (CD19 CAR-T in
 *     lupus), so every screen labels it as investigational
 */
public record RuleSpec(
        String code,
        RuleKind kind,
        String condition,
        String therapy,
        String name,
        String source,
        String articleSlug,
        int version,
        LocalDate effectiveFrom,
        Criterion criteria,
        Integer reviewAfterWeeks,
        AlertSeverity severity,
        String alertText,
        boolean investigational)
        implements Serializable {

    /** A rule about an established therapy (not investigational). */
    public RuleSpec(
            String code,
            RuleKind kind,
            String condition,
            String therapy,
            String name,
            String source,
            String articleSlug,
            int version,
            LocalDate effectiveFrom,
            Criterion criteria,
            Integer reviewAfterWeeks,
            AlertSeverity severity,
            String alertText) {
        this(
                code,
                kind,
                condition,
                therapy,
                name,
                source,
                articleSlug,
                version,
                effectiveFrom,
                criteria,
                reviewAfterWeeks,
                severity,
                alertText,
                false);
    }

    public RuleSpec {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    public boolean appliesTo(String conditionCode) {
        return condition == null || condition.equals(conditionCode);
    }
}
