package org.refract.service.casework;

import java.io.Serializable;

/**
 * The pseudonymous patient of a new case.
 *
 * @param pseudonym an existing or new pseudonym; null lets the portal assign one
 * @param birthYear year of birth (never a full date)
 * @param sex F, M or X
 */
public record PatientRequest(String pseudonym, Integer birthYear, String sex) implements Serializable {}
