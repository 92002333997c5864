package org.refract.service.review;

import java.util.List;

/** A therapy proposal with its votes and tally. */
public record ProposalRow(
        long id,
        String therapyCode,
        String therapyName,
        String rationale,
        String evidence,
        String proposedBy,
        List<VoteRow> votes,
        int support,
        int oppose,
        int abstain,
        String callerChoice)
        implements java.io.Serializable {}
