package org.refract.service.casework;

import java.io.Serializable;
import java.time.LocalDate;

/** An assessment of one resistance factor: its code, SUSPECTED/CONFIRMED/EXCLUDED/ADDRESSED, evidence, date. */
public record FindingRequest(String factor, String status, String evidence, LocalDate date) implements Serializable {}
