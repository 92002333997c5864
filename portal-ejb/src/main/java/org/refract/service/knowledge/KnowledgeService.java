package org.refract.service.knowledge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.refract.domain.identity.Role;
import org.refract.domain.knowledge.Article;
import org.refract.domain.knowledge.ArticleStatus;
import org.refract.service.shared.NotFoundException;

/** Published articles, for everyone signed in; drafts, reviews and archived articles do not exist here. */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
public class KnowledgeService {

    @PersistenceContext
    EntityManager em;

    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
    public List<ArticleRow> published() {
        return em.createQuery("select a from Article a where a.status = :published order by a.title", Article.class)
                .setParameter("published", ArticleStatus.PUBLISHED).getResultStream().map(ArticleRow::of).toList();
    }

    /** A published article; any other answers "not found", exactly like a missing one. */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
    public ArticleDetail article(String slug) {
        return em.createNamedQuery("Article.bySlug", Article.class).setParameter("slug", slug).getResultStream()
                .filter(Article::isPublished).findFirst().map(ArticleDetail::of)
                .orElseThrow(() -> new NotFoundException("Article " + slug + " was not found."));
    }

    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
    public List<ArticleRow> aboutTherapy(String code) {
        return em.createQuery("select a from Article a join a.therapies t where t.code = :code"
                + " and a.status = :published order by a.title", Article.class)
                .setParameter("code", code).setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream().map(ArticleRow::of).toList();
    }

    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
    public List<ArticleRow> aboutFactor(String code) {
        return em.createQuery("select a from Article a join a.factors f where f.code = :code"
                + " and a.status = :published order by a.title", Article.class)
                .setParameter("code", code).setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream().map(ArticleRow::of).toList();
    }
}
