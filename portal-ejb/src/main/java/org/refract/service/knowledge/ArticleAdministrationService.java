package org.refract.service.knowledge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.refract.domain.catalog.Condition;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.identity.Role;
import org.refract.domain.knowledge.Article;
import org.refract.domain.knowledge.ArticleContent;
import org.refract.domain.knowledge.ArticleRevision;
import org.refract.domain.knowledge.ArticleStatus;
import org.refract.domain.knowledge.RichText;
import org.refract.domain.knowledge.TextDiff;
import org.refract.domain.shared.InvalidInputException;
import org.refract.service.shared.ConflictException;

/**
 * Writing knowledge articles: create, save (a revision each time), publish, archive, compare and restore revisions.
 * Every write path sanitises the body through {@link ArticleContent}; a save on an outdated version is refused with
 * the name of who saved first.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ArticleAdministrationService {

    private static final DateTimeFormatter SAVED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @PersistenceContext
    EntityManager em;

    @Inject
    ArticleFinder articles;

    @EJB
    PublishedArticles published;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @RolesAllowed(Role.ADMIN_NAME)
    public List<ArticleRow> articles() {
        return em.createQuery("select a from Article a order by a.title", Article.class)
                .getResultStream()
                .map(ArticleRow::of)
                .toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public ArticleDetail article(String slug) {
        return ArticleDetail.of(find(slug));
    }

    /** Sanitised HTML for the editor's preview; nothing is saved. */
    @RolesAllowed(Role.ADMIN_NAME)
    public String preview(String body) {
        return RichText.sanitize(body);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public ArticleDetail create(String slug, String title, String summary, String body, ArticleLinks links) {
        if (articles.findArticle(slug).isPresent()) {
            throw new InvalidInputException("slug", "Another article already uses this slug.");
        }
        Article article = new Article(slug, ArticleContent.of(title, summary, body), caller(), clock.instant());
        link(article, links);
        em.persist(article);
        return flushed(article);
    }

    /**
     * Saves the content as the next revision.
     *
     * @param version the version the editor started from
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public ArticleDetail save(
            String slug, long version, String title, String summary, String body, String note, ArticleLinks links) {
        Article article = forChange(slug, version);
        ArticleRevision revision = article.revise(
                ArticleContent.of(title, summary, body),
                note == null || note.isBlank() ? null : note.strip(),
                caller(),
                clock.instant());
        em.persist(revision);
        if (links != null) {
            link(article, links);
        }
        return flushed(article);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public ArticleDetail changeStatus(String slug, long version, ArticleStatus status) {
        Article article = forChange(slug, version);
        article.moveTo(status, caller(), clock.instant());
        return flushed(article);
    }

    /** Makes an older revision current again, as a new revision. */
    @RolesAllowed(Role.ADMIN_NAME)
    public ArticleDetail restore(String slug, long version, int revision) {
        Article article = forChange(slug, version);
        em.persist(article.restore(revision, caller(), clock.instant()));
        return flushed(article);
    }

    /** Two revisions side by side (title, summary, then the body's text). */
    @RolesAllowed(Role.ADMIN_NAME)
    public ArticleDiff diff(String slug, int from, int to) {
        Article article = find(slug);
        ArticleRevision a = article.revision(from);
        ArticleRevision b = article.revision(to);
        return new ArticleDiff(from, to, TextDiff.of(text(a), text(b)));
    }

    private static String text(ArticleRevision r) {
        return r.getTitle() + "\n" + r.getSummary() + "\n" + RichText.text(r.getBody());
    }

    private ArticleDetail flushed(Article article) {
        em.flush();
        published.invalidate();
        return ArticleDetail.of(article);
    }

    private Article forChange(String slug, long version) {
        Article article = find(slug);
        if (article.getVersion() != version) {
            throw new ConflictException(
                    "This article was changed by " + article.getUpdatedBy() + " at "
                            + SAVED_AT.format(article.getUpdatedAt())
                            + " after you opened it. Your text is kept: compare it"
                            + " with theirs, then save again.",
                    article.getUpdatedBy(),
                    article.getUpdatedAt());
        }
        return article;
    }

    private void link(Article article, ArticleLinks links) {
        article.linkTo(
                entries(Condition.class, links.conditions(), "conditions"),
                entries(Therapy.class, links.therapies(), "therapies"),
                entries(ResistanceFactor.class, links.factors(), "factors"));
    }

    private <T> Set<T> entries(Class<T> type, List<String> codes, String field) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        List<T> found = em.createQuery("select e from " + type.getSimpleName() + " e where e.code in :codes", type)
                .setParameter("codes", codes)
                .getResultList();
        if (found.size() != new LinkedHashSet<>(codes).size()) {
            List<String> unknown = new ArrayList<>(codes);
            found.forEach(e -> unknown.remove(code(e)));
            throw new InvalidInputException(field, "Unknown code: " + String.join(", ", unknown) + ".");
        }
        return new LinkedHashSet<>(found);
    }

    private static String code(Object entry) {
        if (entry instanceof Condition c) {
            return c.getCode();
        }
        return entry instanceof Therapy t ? t.getCode() : ((ResistanceFactor) entry).getCode();
    }

    private Article find(String slug) {
        return articles.getArticle(slug);
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
