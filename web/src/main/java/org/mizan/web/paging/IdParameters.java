package org.mizan.web.paging;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;

/**
 * A list of ids in a JPQL {@code in (…)} as one parameter each, the list padded (its last id repeated) to
 * a power of two. Hibernate does not keep the plan of a query bound to a collection parameter: it
 * translated such a query again on every request, a quarter of a list page's CPU. Written out this way
 * each padded size is one query string, translated once and then taken from the plan cache.
 */
public final class IdParameters {

    private IdParameters() {
    }

    /** {@code "(:ids0, :ids1, …)"} for a list of {@code size} ids (at least one) under this name. */
    public static String in(String name, int size) {
        int padded = padded(size);
        StringBuilder s = new StringBuilder(padded * (name.length() + 5)).append('(');
        for (int i = 0; i < padded; i++) {
            s.append(i == 0 ? ":" : ", :").append(name).append(i);
        }
        return s.append(')').toString();
    }

    /** Binds the ids written by {@link #in} (same name, same size); the padding repeats the last id. */
    public static <Q extends Query> Q bind(Q query, String name, Collection<Long> ids) {
        List<Long> list = List.copyOf(ids);
        int padded = padded(list.size());
        for (int i = 0; i < padded; i++) {
            query.setParameter(name + i, list.get(Math.min(i, list.size() - 1)));
        }
        return query;
    }

    static int padded(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("an in-list needs at least one id");
        }
        return size <= 4 ? size : Integer.highestOneBit(size - 1) << 1;
    }
}
