package org.refract.service.outcome;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The outcome of a decision as entered at its review.
 *
 * @param outcome RESPONDER, NON_RESPONDER, REMISSION or STOPPED
 * @param reviewedOn the day of the review (not in the future)
 * @param note optional, at most 1000 characters
 * @param expectedVersion the version of the outcome the user corrected, or null for a first outcome
 */
public record OutcomeEntry(String outcome, LocalDate reviewedOn, String note, Long expectedVersion)
        implements Serializable {}
