package org.refract.service.analytics;

import java.io.Serializable;

/**
 * Time from referral (the case opened) to decision (its recommendation signed), over the recommendations signed in
 * the period: how many, and the mean, shortest and longest in days (null when there were none).
 */
public record DecisionTimeRow(long decisions, Double meanDays, Long shortestDays, Long longestDays)
        implements Serializable {}
