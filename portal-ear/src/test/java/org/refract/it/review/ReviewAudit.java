package org.refract.it.review;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads the Envers history of review entities for the tests. */
@Stateless
@PermitAll
public class ReviewAudit {

    @PersistenceContext
    EntityManager em;

    /** Envers rows of {@code table} whose {@code column} is {@code id}: revisions of one row, or of its children. */
    public long auditRows(String table, String column, long id) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where " + column + " = ?1")
                        .setParameter(1, id)
                        .getSingleResult())
                .longValue();
    }

    /** Envers rows of {@code table} for row {@code id} in which {@code column} holds a value. */
    public long auditRowsWithValue(String table, String column, long id) {
        return ((Number) em.createNativeQuery(
                                "select count(*) from " + table + " where id = ?1 and " + column + " is not null")
                        .setParameter(1, id)
                        .getSingleResult())
                .longValue();
    }
}
