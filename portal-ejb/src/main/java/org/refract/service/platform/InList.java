package org.refract.service.platform;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.Iterator;
import java.util.StringJoiner;

/**
 * A list of values for {@code in (...)}, bound as one parameter per value: {@code "c.id in " + InList.of("ids", n)}
 * with {@link #bind}. Hibernate 6 keeps the SQL of a query, but translates a query with a list parameter
 * ({@code in :ids}) again on every execution, which cost the worklist about a tenth of its time (issue 16). The
 * number of parameters is rounded up to a power of two (the last value repeated, which changes nothing in an
 * {@code in}), so that a query has a handful of shapes, each translated once.
 */
public final class InList {

    private InList() {}

    /** The placeholders of a list of {@code size} values (at least one), e.g. {@code (:ids0, :ids1)}. */
    public static String of(String name, int size) {
        StringJoiner placeholders = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < slots(size); i++) {
            placeholders.add(":" + name + i);
        }
        return placeholders.toString();
    }

    /** Binds the values to the placeholders of {@link #of}; an empty list matches nothing (it binds {@code empty}). */
    public static <Q extends Query> Q bind(Q query, String name, Collection<?> values, Object empty) {
        Iterator<?> each = values.iterator();
        Object value = values.isEmpty() ? empty : null;
        for (int i = 0; i < slots(values.size()); i++) {
            value = each.hasNext() ? each.next() : value;
            query.setParameter(name + i, value);
        }
        return query;
    }

    static int slots(int size) {
        return size <= 1 ? 1 : Integer.highestOneBit(size - 1) << 1;
    }
}
