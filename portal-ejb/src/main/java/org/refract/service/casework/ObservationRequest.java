package org.refract.service.casework;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A measurement as entered: the instrument's code, a number or value-set code, the unit the sender meant and the
 * date (null = today).
 */
public record ObservationRequest(String code, Object value, String unit, LocalDate date, String note)
        implements Serializable {}
