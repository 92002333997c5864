package org.refract.service.casework;

import java.io.Serializable;
import java.time.LocalDate;
import org.refract.domain.casework.EventDetails;

/**
 * A clinical event as entered: its type name ({@code EXACERBATION}, {@code BLEED}, ...), the day (null = today) and
 * the kind-specific details, each optional.
 */
public record EventRequest(String type, LocalDate date, EventDetails details, String note) implements Serializable {}
