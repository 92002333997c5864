package org.refract.service.review;

import java.time.Instant;

/** A dated correction of a signed recommendation. */
public record AddendumRow(String text, String writtenBy, Instant writtenAt) implements java.io.Serializable {}
