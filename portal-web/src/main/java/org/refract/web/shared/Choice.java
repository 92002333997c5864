package org.refract.web.shared;

/**
 * One choice of a plain {@code <select>}: the value the form sends and the text the user reads ({@link Options}).
 */
public record Choice(String value, String label) {}
