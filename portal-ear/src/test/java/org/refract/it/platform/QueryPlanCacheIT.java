package org.refract.it.platform;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.stream.LongStream;
import org.hibernate.query.sqm.internal.QuerySqmImpl;
import org.hibernate.query.sqm.internal.SqmInterpretationsKey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.it.Deployments;
import org.refract.service.platform.InList;

/**
 * Hibernate keeps the SQL translation of a query only when it has a key for it in its query plan cache; a query
 * without one is translated again on every execution (issue 16). Asks the server's Hibernate for that key, for the
 * lists that {@link InList} writes, and for the forms it avoids, so that a change of Hibernate's rule shows here.
 */
@ExtendWith(ArquillianExtension.class)
class QueryPlanCacheIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @PersistenceContext
    EntityManager em;

    @Test
    void theListsOfInListKeepTheirTranslation() {
        for (int size = 0; size <= 5; size++) {
            List<Long> teams = LongStream.rangeClosed(1, size).boxed().toList();
            var query = em.createQuery(
                    "select c.id from ClinicalCase c where " + InList.of("c.team.id", "teams", size), Long.class);
            InList.bind(query, "teams", teams, -1L);
            assertNotNull(key(query), size + " values: the translation is kept");
        }
    }

    @Test
    void aListParameterOrAListOfOneParameterIsTranslatedEveryTime() {
        var oneInList = em.createQuery("select c.id from ClinicalCase c where c.team.id in (:teams0)", Long.class)
                .setParameter("teams0", 1L);
        assertNull(key(oneInList), "Hibernate takes a lone parameter in an in list for a list parameter");
        var listParameter = em.createQuery("select c.id from ClinicalCase c where c.team.id in :teams", Long.class)
                .setParameter("teams", List.of(1L, 2L));
        assertNull(key(listParameter));
    }

    private static Object key(TypedQuery<?> query) {
        return SqmInterpretationsKey.createInterpretationsKey(query.unwrap(QuerySqmImpl.class));
    }
}
