package org.refract.service.knowledge;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.refract.domain.knowledge.Article;
import org.refract.service.shared.NotFoundException;

/**
 * Articles by slug: the one place this lookup runs. No access check of its own; the role-checked services decide who
 * may see what (drafts only administrators).
 */
@Dependent
public class ArticleFinder {

    @PersistenceContext
    EntityManager em;

    /** The article of that slug (surrounding blanks ignored), published or not. */
    public Optional<Article> findArticle(String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Article.bySlug", Article.class)
                .setParameter("slug", slug.strip())
                .getResultStream()
                .findFirst();
    }

    /** The article of that slug, or "not found". */
    public Article getArticle(String slug) {
        return findArticle(slug).orElseThrow(() -> notFound(slug));
    }

    static NotFoundException notFound(String slug) {
        return new NotFoundException("Article " + slug + " was not found.");
    }
}
