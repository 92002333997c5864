package org.refract.service.casework;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What one saved change did to one record of a case.
 *
 * @param subject the record, as a clinician names it ("Measurement ACT 2026-10-01")
 * @param action ADDED, CHANGED or REMOVED
 */
public record HistoryRow(
        long revision, Instant at, String username, String subject, String action, List<FieldChange> changes)
        implements Serializable {}
