package org.refract.service.decision;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A worklist marker: a running therapy of the case has reached its response review date.
 *
 * @param therapy the therapy code
 * @param therapyName its name
 * @param dueOn the review date
 * @param response MET, NOT_MET or INSUFFICIENT_DATA by the therapy's response rule
 */
public record ReviewMarker(String therapy, String therapyName, LocalDate dueOn, String response)
        implements Serializable {}
