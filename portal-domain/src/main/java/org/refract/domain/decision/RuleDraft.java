package org.refract.domain.decision;

import java.time.LocalDate;

/**
 * What an administrator submits as the next version of a rule.
 *
 * @param name the rule's name
 * @param source the citation
 * @param articleSlug the knowledge article, or blank
 * @param effectiveFrom the day the version takes effect
 * @param criteria the criteria as JSON (see {@link CriteriaJson})
 * @param reviewAfterWeeks response rules: weeks until review
 * @param severity safety rules: alert severity
 * @param alertText safety rules: alert text
 * @param changeNote why the rule changed (required for every edit)
 * @param investigational eligibility rules: the therapy is offered only within a clinical trial
 */
public record RuleDraft(
        String name,
        String source,
        String articleSlug,
        LocalDate effectiveFrom,
        String criteria,
        Integer reviewAfterWeeks,
        AlertSeverity severity,
        String alertText,
        String changeNote,
        boolean investigational)
        implements java.io.Serializable {

    /** A draft about an established therapy (not investigational). */
    public RuleDraft(
            String name,
            String source,
            String articleSlug,
            LocalDate effectiveFrom,
            String criteria,
            Integer reviewAfterWeeks,
            AlertSeverity severity,
            String alertText,
            String changeNote) {
        this(
                name,
                source,
                articleSlug,
                effectiveFrom,
                criteria,
                reviewAfterWeeks,
                severity,
                alertText,
                changeNote,
                false);
    }
}
