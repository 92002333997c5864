package org.refract.service.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recommendation as meeting mode and the outcome letter show it. */
public record RecommendationDetail(
        long id,
        String decision,
        String decisionLabel,
        String therapyCode,
        String therapyName,
        String rationale,
        List<String> factorCodes,
        List<String> factorNames,
        List<ActionRow> actions,
        LocalDate followUpOn,
        boolean signed,
        String signedByName,
        Instant signedAt,
        List<AddendumRow> addenda,
        long version,
        String draftedByName,
        Instant draftedAt)
        implements java.io.Serializable {}
