package org.refract.service.casework;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.refract.domain.casework.CaseStatus;

/**
 * One page of the worklist.
 *
 * @param total how many cases match the filters
 * @param statusCounts how many cases match the filters other than status, per status (for the status chips)
 */
public record WorklistPage(long total, List<CaseRow> rows, Map<CaseStatus, Long> statusCounts)
        implements Serializable {}
