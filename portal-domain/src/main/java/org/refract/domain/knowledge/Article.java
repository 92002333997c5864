package org.refract.domain.knowledge;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.refract.domain.catalog.Condition;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.shared.BaseEntity;
import org.refract.domain.shared.InvalidInputException;
import org.refract.domain.shared.InvalidStateException;

/**
 * A knowledge article. Its content is the latest revision; every save adds one, restore copies an older one into a
 * new revision, and nothing is ever overwritten. Only published articles reach clinicians.
 */
@Entity
@Indexed(index = "article")
@Table(name = "article")
@NamedQuery(name = "Article.bySlug", query = "select a from Article a where a.slug = :slug")
public class Article extends BaseEntity {

    public static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");

    @Column(nullable = false, length = 80, unique = true, updatable = false)
    @KeywordField(projectable = Projectable.YES)
    private String slug;

    @Column(nullable = false, length = 200)
    @FullTextField(projectable = Projectable.YES)
    private String title;

    @Column(nullable = false, length = 600)
    @FullTextField(projectable = Projectable.YES)
    private String summary;

    @Column(nullable = false, length = 100000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @KeywordField
    private ArticleStatus status;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<ArticleRevision> revisions = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "article_condition",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "condition_id"))
    private Set<Condition> conditions = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(
            name = "article_therapy",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "therapy_id"))
    private Set<Therapy> therapies = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(
            name = "article_factor",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "factor_id"))
    private Set<ResistanceFactor> factors = new LinkedHashSet<>();

    protected Article() {}

    /** A new draft with its first revision. */
    public Article(String slug, ArticleContent content, String by, Instant at) {
        if (slug == null || !SLUG.matcher(slug.strip()).matches()) {
            throw new InvalidInputException("slug", "Use 2 to 80 lower-case letters, digits and dashes.");
        }
        this.slug = slug.strip();
        this.status = ArticleStatus.DRAFT;
        apply(content, "Created", by, at);
    }

    /** Saves new content as the next revision. */
    public ArticleRevision revise(ArticleContent content, String note, String by, Instant at) {
        return apply(content, note, by, at);
    }

    /** Makes an older revision current again, as a new revision (history is never rewritten). */
    public ArticleRevision restore(int number, String by, Instant at) {
        ArticleRevision old = revision(number);
        return apply(old.content(), "Restored revision " + number, by, at);
    }

    public void moveTo(ArticleStatus target, String by, Instant at) {
        if (!status.canMoveTo(target)) {
            throw new InvalidStateException(
                    "An article that is " + status.name().toLowerCase().replace('_', ' ') + " cannot become "
                            + target.name().toLowerCase().replace('_', ' ') + ".");
        }
        status = target;
        if (target == ArticleStatus.PUBLISHED) {
            publishedAt = at;
        }
        updatedBy = by;
        updatedAt = at;
    }

    public void linkTo(Set<Condition> newConditions, Set<Therapy> newTherapies, Set<ResistanceFactor> newFactors) {
        conditions.clear();
        conditions.addAll(newConditions);
        therapies.clear();
        therapies.addAll(newTherapies);
        factors.clear();
        factors.addAll(newFactors);
    }

    public ArticleRevision revision(int number) {
        return revisions.stream()
                .filter(r -> r.getNumber() == number)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("revision", "There is no revision " + number + "."));
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    private ArticleRevision apply(ArticleContent content, String note, String by, Instant at) {
        ArticleRevision revision = new ArticleRevision(this, revisions.size() + 1, content, note, by, at);
        revisions.add(revision);
        title = content.title();
        summary = content.summary();
        body = content.body();
        updatedBy = by;
        updatedAt = at;
        return revision;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    /** The body without markup, as the search index holds it. */
    @FullTextField(name = "body", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
    public String getBodyText() {
        return RichText.text(body);
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<ArticleRevision> getRevisions() {
        return Collections.unmodifiableList(revisions);
    }

    public Set<Condition> getConditions() {
        return Collections.unmodifiableSet(conditions);
    }

    public Set<Therapy> getTherapies() {
        return Collections.unmodifiableSet(therapies);
    }

    public Set<ResistanceFactor> getFactors() {
        return Collections.unmodifiableSet(factors);
    }
}
