package org.refract.domain.knowledge;

import java.util.EnumSet;
import java.util.Set;

/** Where an article stands: DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED, with the way back an editor needs. */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    ARCHIVED;

    /** The statuses an article may move to from this one. */
    public Set<ArticleStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_REVIEW);
            case IN_REVIEW -> EnumSet.of(DRAFT, PUBLISHED);
            case PUBLISHED -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.of(DRAFT);
        };
    }

    public boolean canMoveTo(ArticleStatus target) {
        return next().contains(target);
    }
}
