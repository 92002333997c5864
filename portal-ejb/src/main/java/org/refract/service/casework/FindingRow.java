package org.refract.service.casework;

import java.io.Serializable;
import java.time.LocalDate;
import org.refract.domain.casework.FindingStatus;
import org.refract.domain.casework.ResistanceFinding;
import org.refract.domain.catalog.FactorCategory;

/** The team's assessment of one resistance factor of a case. */
public record FindingRow(
        long id,
        long version,
        String factorCode,
        String factorName,
        FactorCategory category,
        FindingStatus status,
        String evidence,
        LocalDate date,
        String assessedBy)
        implements Serializable {

    static FindingRow of(ResistanceFinding f) {
        var factor = f.getFactor();
        return new FindingRow(
                f.getId(),
                f.getVersion(),
                factor.getCode(),
                factor.getName(),
                factor.getCategory(),
                f.getStatus(),
                f.getEvidence(),
                f.getAssessedOn(),
                f.getAssessedBy());
    }
}
