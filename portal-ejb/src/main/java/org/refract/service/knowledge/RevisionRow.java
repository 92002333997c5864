package org.refract.service.knowledge;

import java.io.Serializable;
import java.time.Instant;
import org.refract.domain.knowledge.ArticleRevision;

/** One revision in an article's history. */
public record RevisionRow(int number, String title, String note, String createdBy, Instant createdAt)
        implements Serializable {

    static RevisionRow of(ArticleRevision r) {
        return new RevisionRow(r.getNumber(), r.getTitle(), r.getNote(), r.getCreatedBy(), r.getCreatedAt());
    }
}
