package org.refract.service.knowledge;

import java.io.Serializable;
import java.util.List;
import org.refract.service.catalog.FactorOption;
import org.refract.service.catalog.TherapyOption;

/**
 * A therapy or resistance factor as its knowledge page shows it: the catalogue entry, the conditions it belongs
 * to, and the published articles about it. Exactly one of {@code therapy} and {@code factor} is set.
 */
public record CatalogEntryDetail(
        TherapyOption therapy,
        FactorOption factor,
        String description,
        List<String> conditions,
        List<ArticleRow> articles)
        implements Serializable {

    public String conditionList() {
        return String.join(", ", conditions);
    }

    public String name() {
        return therapy != null ? therapy.name() : factor.name();
    }
}
