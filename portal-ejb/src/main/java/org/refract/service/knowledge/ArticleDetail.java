package org.refract.service.knowledge;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.refract.domain.knowledge.Article;
import org.refract.domain.knowledge.ArticleStatus;

/**
 * An article with its links and history, as the editor and the reading page show it.
 *
 * @param version the entity version a save must be based on
 * @param body sanitised HTML
 * @param revisions newest first
 */
public record ArticleDetail(
        String slug,
        long version,
        String title,
        String summary,
        String body,
        ArticleStatus status,
        List<ArticleStatus> nextStatuses,
        String updatedBy,
        Instant updatedAt,
        Instant publishedAt,
        ArticleLinks links,
        List<LinkedEntry> therapies,
        List<LinkedEntry> factors,
        List<LinkedEntry> conditions,
        List<RevisionRow> revisions)
        implements Serializable {

    /** A linked catalogue entry with its name. */
    public record LinkedEntry(String code, String name) implements Serializable {}

    static ArticleDetail of(Article a) {
        List<LinkedEntry> therapies = a.getTherapies().stream()
                .map(t -> new LinkedEntry(t.getCode(), t.getName()))
                .sorted(Comparator.comparing(LinkedEntry::name))
                .toList();
        List<LinkedEntry> factors = a.getFactors().stream()
                .map(f -> new LinkedEntry(f.getCode(), f.getName()))
                .sorted(Comparator.comparing(LinkedEntry::name))
                .toList();
        List<LinkedEntry> conditions = a.getConditions().stream()
                .map(c -> new LinkedEntry(c.getCode(), c.getName()))
                .sorted(Comparator.comparing(LinkedEntry::name))
                .toList();
        ArticleLinks links = new ArticleLinks(
                conditions.stream().map(LinkedEntry::code).toList(),
                therapies.stream().map(LinkedEntry::code).toList(),
                factors.stream().map(LinkedEntry::code).toList());
        return new ArticleDetail(
                a.getSlug(),
                a.getVersion(),
                a.getTitle(),
                a.getSummary(),
                a.getBody(),
                a.getStatus(),
                a.getStatus().next().stream().sorted().toList(),
                a.getUpdatedBy(),
                a.getUpdatedAt(),
                a.getPublishedAt(),
                links,
                therapies,
                factors,
                conditions,
                a.getRevisions().stream()
                        .map(RevisionRow::of)
                        .sorted(Comparator.comparingInt(RevisionRow::number).reversed())
                        .toList());
    }
}
