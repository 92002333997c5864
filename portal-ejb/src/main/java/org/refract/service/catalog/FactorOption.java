package org.refract.service.catalog;

import java.io.Serializable;
import org.refract.domain.catalog.FactorCategory;
import org.refract.domain.catalog.ResistanceFactor;

/** A resistance factor of the checklist, with how the team should assess it. */
public record FactorOption(
        String code, String name, FactorCategory category, boolean modifiable, String assessment, String description)
        implements Serializable {

    public static FactorOption of(ResistanceFactor f) {
        return new FactorOption(
                f.getCode(), f.getName(), f.getCategory(), f.isModifiable(), f.getAssessment(), f.getDescription());
    }
}
