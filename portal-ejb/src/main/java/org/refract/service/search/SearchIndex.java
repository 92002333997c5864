package org.refract.service.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jboss.logging.Logger;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.catalog.Condition;
import org.refract.domain.catalog.Instrument;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.identity.Role;
import org.refract.domain.knowledge.Article;
import org.refract.domain.review.CaseComment;

/**
 * Keeps the search index in step with the database. Hibernate Search indexes every write as it commits; this bean
 * rebuilds the whole index when it does not match the database at start (first start, a database restored or
 * cleaned under an index that survived) and when an administrator asks for it.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    static final List<Class<?>> INDEXED = List.of(
            Article.class,
            Therapy.class,
            ResistanceFactor.class,
            Condition.class,
            Instrument.class,
            ClinicalCase.class,
            CaseComment.class);

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void rebuildIfStale() {
        long inDatabase = rowsInDatabase();
        long inIndex = documentsInIndex();
        if (inDatabase != inIndex) {
            LOG.infof("Search index holds %d documents for %d rows: rebuilding it", inIndex, inDatabase);
            rebuildNow();
        }
    }

    /** Rebuilds the index from the database and answers how many documents it then holds. */
    @RolesAllowed(Role.ADMIN_NAME)
    public long rebuild() {
        rebuildNow();
        return documentsInIndex();
    }

    private void rebuildNow() {
        long start = System.nanoTime();
        try {
            Search.session(em)
                    .massIndexer(INDEXED)
                    .purgeAllOnStart(true)
                    .threadsToLoadObjects(1)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuilding the search index was interrupted", e);
        }
        LOG.infof("Search index rebuilt in %d ms", (System.nanoTime() - start) / 1_000_000);
    }

    private long documentsInIndex() {
        SearchSession session = Search.session(em);
        return session.search(INDEXED).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    private long rowsInDatabase() {
        long rows = 0;
        for (Class<?> type : INDEXED) {
            rows += em.createQuery("select count(e) from " + type.getSimpleName() + " e", Long.class)
                    .getSingleResult();
        }
        return rows;
    }
}
