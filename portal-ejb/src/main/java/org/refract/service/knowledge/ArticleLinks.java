package org.refract.service.knowledge;

import java.io.Serializable;
import java.util.List;

/** The catalogue entries an article is about, by code. */
public record ArticleLinks(List<String> conditions, List<String> therapies, List<String> factors)
        implements Serializable {

    public ArticleLinks {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        therapies = therapies == null ? List.of() : List.copyOf(therapies);
        factors = factors == null ? List.of() : List.copyOf(factors);
    }

    public static ArticleLinks none() {
        return new ArticleLinks(List.of(), List.of(), List.of());
    }
}
