package org.mizan.web.paging;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of ids in a JPQL {@code in :ids} as one parameter each, the list padded (its last id repeated) to
 * a power of two. Hibernate does not keep the plan of a query bound to a collection parameter: it
 * translated such a query again on every request, a quarter of a list page's CPU. Written out this way
 * each padded size is one query string, translated once and then taken from the plan cache.
 */
public final class IdParameters {

    private static final String NAME = "ids";
    private static final Pattern PLACEHOLDER = Pattern.compile(":" + NAME + "\\b");

    private IdParameters() {
    }

    /**
     * {@code jpql}, in which every {@code :ids} stands for the list, with the (at least one) ids bound: in
     * the current transaction's entity manager.
     */
    public static <T> TypedQuery<T> select(String jpql, Class<T> type, Collection<Long> ids) {
        List<Long> list = List.copyOf(ids);
        int padded = padded(list.size());
        TypedQuery<T> query = Panache.getEntityManager().createQuery(
                PLACEHOLDER.matcher(jpql).replaceAll(Matcher.quoteReplacement(in(padded))), type);
        for (int i = 0; i < padded; i++) {
            query.setParameter(NAME + i, list.get(Math.min(i, list.size() - 1)));
        }
        return query;
    }

    /** {@code "(:ids0, :ids1, …)"} for {@code padded} parameters. */
    static String in(int padded) {
        StringBuilder s = new StringBuilder(padded * (NAME.length() + 5)).append('(');
        for (int i = 0; i < padded; i++) {
            s.append(i == 0 ? ":" : ", :").append(NAME).append(i);
        }
        return s.append(')').toString();
    }

    static int padded(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("an in-list needs at least one id");
        }
        return size <= 4 ? size : Integer.highestOneBit(size - 1) << 1;
    }
}
