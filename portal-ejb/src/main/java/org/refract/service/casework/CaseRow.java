package org.refract.service.casework;

import java.io.Serializable;
import java.time.Instant;
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.casework.Sex;

/** One line of the worklist. */
public record CaseRow(
        long id,
        long version,
        String pseudonym,
        int birthYear,
        Sex sex,
        String conditionCode,
        String conditionName,
        String teamCode,
        String teamName,
        String clinicianUsername,
        String clinicianName,
        String title,
        String summary,
        CaseStatus status,
        Instant updatedAt)
        implements Serializable {}
