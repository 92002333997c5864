package org.refract.domain.decision;

import java.io.Serializable;

/**
 * One line of an explanation: what a criterion asks, whether the case meets it, and the value that decided it
 * (or which measurement is missing).
 *
 * @param text the criterion in words
 * @param result met, unmet or missing
 * @param value what was used, e.g. "blood-eos 320 cells/uL on 2026-10-01", or what is missing
 * @param depth nesting level (0 for the rule's top-level criteria), for indentation
 * @param group whether this line heads an all-of / any-of group
 */
public record CriterionResult(String text, Verdict result, String value, int depth, boolean group)
        implements Serializable {}
