package org.refract.service.platform;

import jakarta.persistence.TypedQuery;

/**
 * Limits a query to one page of its rows. The first page sets no offset: Hibernate renders no offset clause for a
 * first row of 0, and then finds its translated statement incompatible with the query's options, so every first page
 * was translated again from the query tree (4 % of the worklist page's CPU, issue 16).
 */
public final class PageOf {

    private PageOf() {}

    /** The query, limited to {@code size} rows from row {@code first} (counted from 0). */
    public static <T> TypedQuery<T> rows(TypedQuery<T> query, int first, int size) {
        if (first > 0) {
            query.setFirstResult(first);
        }
        return query.setMaxResults(size);
    }
}
