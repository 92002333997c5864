package org.refract.service.knowledge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.refract.domain.catalog.Condition;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.identity.Role;
import org.refract.domain.knowledge.Article;
import org.refract.domain.knowledge.ArticleStatus;
import org.refract.service.catalog.FactorOption;
import org.refract.service.catalog.TherapyOption;
import org.refract.service.shared.NotFoundException;

/** Published articles, for everyone signed in; drafts, reviews and archived articles do not exist here. */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
public class KnowledgeService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ArticleFinder articles;

    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
    public List<ArticleRow> published() {
        return em.createQuery("select a from Article a where a.status = :published order by a.title", Article.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream()
                .map(ArticleRow::of)
                .toList();
    }

    /** A published article; any other answers "not found", exactly like a missing one. */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
    public ArticleDetail article(String slug) {
        return articles.findArticle(slug)
                .filter(Article::isPublished)
                .map(ArticleDetail::of)
                .orElseThrow(() -> ArticleFinder.notFound(slug));
    }

    /** A therapy's knowledge page; "not found" for an unknown code. */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
    public CatalogEntryDetail therapy(String code) {
        Therapy therapy = em.createQuery(
                        "select t from Therapy t left join fetch t.conditions where t.code = :code", Therapy.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Therapy " + code + " was not found."));
        return new CatalogEntryDetail(
                TherapyOption.of(therapy),
                null,
                therapy.getDescription(),
                therapy.getConditions().stream()
                        .map(Condition::getName)
                        .sorted()
                        .toList(),
                aboutTherapy(code));
    }

    /** A resistance factor's knowledge page; "not found" for an unknown code. */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
    public CatalogEntryDetail factor(String code) {
        ResistanceFactor factor = em.createQuery(
                        "select f from ResistanceFactor f left join fetch f.conditions" + " where f.code = :code",
                        ResistanceFactor.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Resistance factor " + code + " was not found."));
        return new CatalogEntryDetail(
                null,
                FactorOption.of(factor),
                factor.getDescription(),
                factor.getConditions().stream().map(Condition::getName).sorted().toList(),
                aboutFactor(code));
    }

    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
    public List<ArticleRow> aboutTherapy(String code) {
        return em.createQuery(
                        "select a from Article a join a.therapies t where t.code = :code"
                                + " and a.status = :published order by a.title",
                        Article.class)
                .setParameter("code", code)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream()
                .map(ArticleRow::of)
                .toList();
    }

    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
    public List<ArticleRow> aboutFactor(String code) {
        return em.createQuery(
                        "select a from Article a join a.factors f where f.code = :code"
                                + " and a.status = :published order by a.title",
                        Article.class)
                .setParameter("code", code)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream()
                .map(ArticleRow::of)
                .toList();
    }
}
