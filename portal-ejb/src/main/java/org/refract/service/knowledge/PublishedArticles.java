package org.refract.service.knowledge;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.stream.Collectors;
import org.refract.domain.knowledge.ArticleStatus;

/**
 * The slugs of the published articles, kept in memory so that pages can link a rule's source to its article without
 * a statement; every save or status change of an article calls {@link #invalidate()}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class PublishedArticles {

    @PersistenceContext
    EntityManager em;

    private volatile Set<String> slugs;

    public boolean isPublished(String slug) {
        return slug != null && slugs().contains(slug);
    }

    public Set<String> slugs() {
        Set<String> current = slugs;
        if (current == null) {
            current = em.createQuery("select a.slug from Article a where a.status = :status", String.class)
                    .setParameter("status", ArticleStatus.PUBLISHED)
                    .getResultStream()
                    .collect(Collectors.toUnmodifiableSet());
            slugs = current;
        }
        return current;
    }

    public void invalidate() {
        slugs = null;
    }
}
