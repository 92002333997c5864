package org.refract.service.platform;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.Iterator;
import java.util.StringJoiner;

/**
 * The predicate that a path is one of a list of values, bound as one parameter per value:
 * {@code InList.of("c.id", "ids", n)} with {@link #bind}. Hibernate 6 keeps the SQL of a query, but translates a query
 * with a list parameter ({@code in :ids}) again on every execution, which cost the worklist about a tenth of its time
 * (issue 16). So does a list of one parameter ({@code in (:ids0)}), which Hibernate also takes for a list parameter:
 * one value is therefore compared with {@code =}. The number of parameters is rounded up to a power of two (the last
 * value repeated, which changes nothing in an {@code in}), so that a query has a handful of shapes, each translated
 * once.
 */
public final class InList {

    private InList() {}

    /**
     * The predicate for a list of {@code size} values: {@code c.id = :ids0} for at most one value (an empty list binds
     * one value that matches nothing), else {@code c.id in (:ids0, :ids1, ...)}.
     */
    public static String of(String path, String name, int size) {
        int slots = slots(size);
        if (slots == 1) {
            return path + " = :" + name + "0";
        }
        StringJoiner placeholders = new StringJoiner(", ", path + " in (", ")");
        for (int i = 0; i < slots; i++) {
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
