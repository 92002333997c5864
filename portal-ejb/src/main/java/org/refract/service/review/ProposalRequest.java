package org.refract.service.review;

/** A therapy proposal as the form sends it: the therapy's catalogue code, the rationale, an evidence reference. */
public record ProposalRequest(String therapyCode, String rationale, String evidence) implements java.io.Serializable {}
