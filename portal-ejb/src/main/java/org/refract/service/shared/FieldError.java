package org.refract.service.shared;

import java.io.Serializable;

/**
 * One problem with a request, addressed to the field that caused it.
 *
 * @param field path of the value, e.g. "observations[2].value", or null when it concerns the request as a whole
 * @param message what is wrong and what is allowed, for a person
 */
public record FieldError(String field, String message) implements Serializable {}
