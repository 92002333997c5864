package org.refract.service.review;

/** A case that is ready for review and could be put on the agenda. */
public record CaseOption(long caseId, String pseudonym, String conditionName, String title)
        implements java.io.Serializable {}
