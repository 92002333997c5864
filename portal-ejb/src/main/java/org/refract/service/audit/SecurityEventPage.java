package org.refract.service.audit;

import java.io.Serializable;
import java.util.List;

/** A page of the security log and the number of events under the same filters. */
public record SecurityEventPage(List<SecurityEventRow> rows, long total) implements Serializable {}
