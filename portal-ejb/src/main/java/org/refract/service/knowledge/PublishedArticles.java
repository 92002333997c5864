package org.refract.service.knowledge;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.stream.Collectors;
import org.refract.domain.knowledge.ArticleStatus;
import org.refract.domain.platform.CacheGeneration;
import org.refract.service.platform.CacheGenerations;

/**
 * The slugs of the published articles, kept in memory so that pages can link a rule's source to its article without
 * a statement; every change of an article calls {@link #invalidate()}, which raises the articles' {@link
 * CacheGeneration} with the change, so that every server of a cluster reads them again once it commits (before, only
 * the server that made the change did).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class PublishedArticles {

    @PersistenceContext
    EntityManager em;

    @EJB
    CacheGenerations generations;

    /** The slugs with the generation they were read at, replaced as one. */
    private volatile Slugs slugs;

    private record Slugs(long generation, Set<String> published) {}

    public boolean isPublished(String slug) {
        return slug != null && slugs().contains(slug);
    }

    public Set<String> slugs() {
        long generation = generations.current(CacheGeneration.ARTICLES);
        Slugs current = slugs;
        if (current == null || current.generation() != generation) {
            current = new Slugs(
                    generation,
                    em.createQuery("select a.slug from Article a where a.status = :status", String.class)
                            .setParameter("status", ArticleStatus.PUBLISHED)
                            .getResultStream()
                            .collect(Collectors.toUnmodifiableSet()));
            slugs = current;
        }
        return current.published();
    }

    /** An article changed in the caller's transaction: every server reads the slugs again once it commits. */
    public void invalidate() {
        generations.raise(CacheGeneration.ARTICLES);
        slugs = null;
    }
}
