package org.refract.web.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.refract.domain.knowledge.ArticleStatus;
import org.refract.domain.knowledge.TextDiff;

/** How article statuses and diff rows look. */
@Named
@ApplicationScoped
public class ArticleDisplay {

    public String statusStyle(ArticleStatus status) {
        return switch (status) {
            case PUBLISHED -> "chip-ok";
            case IN_REVIEW -> "chip-warn";
            case DRAFT -> "chip-outline";
            case ARCHIVED -> "chip-muted";
        };
    }

    public String diffStyle(TextDiff.Change change) {
        return "diff-" + change.name().toLowerCase();
    }
}
