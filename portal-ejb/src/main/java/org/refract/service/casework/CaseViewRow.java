package org.refract.service.casework;

import java.io.Serializable;
import java.time.Instant;

/** Someone opened the case. */
public record CaseViewRow(String username, Instant viewedAt) implements Serializable {}
