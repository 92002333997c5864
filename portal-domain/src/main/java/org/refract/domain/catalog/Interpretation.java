package org.refract.domain.catalog;

/** What a measured value means according to the catalogue, with the source that says so. */
public record Interpretation(String label, Severity severity, String source) {}
