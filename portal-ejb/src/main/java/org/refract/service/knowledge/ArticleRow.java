package org.refract.service.knowledge;

import java.io.Serializable;
import java.time.Instant;
import org.refract.domain.knowledge.Article;
import org.refract.domain.knowledge.ArticleStatus;

/** An article in a list. */
public record ArticleRow(
        String slug, String title, String summary, ArticleStatus status, String updatedBy, Instant updatedAt)
        implements Serializable {

    static ArticleRow of(Article a) {
        return new ArticleRow(
                a.getSlug(), a.getTitle(), a.getSummary(), a.getStatus(), a.getUpdatedBy(), a.getUpdatedAt());
    }
}
