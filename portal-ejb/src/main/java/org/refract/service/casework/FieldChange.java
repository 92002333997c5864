package org.refract.service.casework;

import java.io.Serializable;

/** One field of one record changed by one revision: before → after (null when there was nothing). */
public record FieldChange(String field, String before, String after) implements Serializable {}
