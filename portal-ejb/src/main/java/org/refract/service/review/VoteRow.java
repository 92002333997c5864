package org.refract.service.review;

/** One member's vote. */
public record VoteRow(String voterUsername, String voterName, String choice, String note)
        implements java.io.Serializable {}
