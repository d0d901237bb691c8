package org.mizan.web.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: its items in display order, how many the whole list holds, and the cursors of the
 * pages after and before it (null at either end). Built from the rows a keyset query fetched: up to
 * limit + 1 of them, walking away from the cursor, so the extra row tells whether the list goes on.
 */
public record Slice<T>(List<T> items, long total, String next, String previous) {

    public static <T> Slice<T> of(List<T> fetched, int limit, Cursor from, long total, Function<T, String[]> keyOf) {
        boolean backward = from != null && from.backward();
        boolean more = fetched.size() > limit;
        List<T> items = new ArrayList<>(fetched.subList(0, Math.min(limit, fetched.size())));
        if (backward) {
            Collections.reverse(items);
        }
        if (items.isEmpty()) {
            return new Slice<>(items, total, null, null);
        }
        boolean hasNext = backward || more;
        boolean hasPrevious = backward ? more : from != null;
        String next = hasNext ? Cursor.after(keyOf.apply(items.get(items.size() - 1))).encode() : null;
        String previous = hasPrevious ? Cursor.before(keyOf.apply(items.get(0))).encode() : null;
        return new Slice<>(items, total, next, previous);
    }

    public <R> Slice<R> map(Function<T, R> f) {
        return new Slice<>(items.stream().map(f).toList(), total, next, previous);
    }

    /** The same page with its items replaced (ids read out as cards). */
    public <R> Slice<R> withItems(List<R> replaced) {
        return new Slice<>(replaced, total, next, previous);
    }

    public static <T> Slice<T> empty() {
        return new Slice<>(List.of(), 0, null, null);
    }

    /** The total as templates count it ({@code msg:claims_count} takes an int). */
    public int count() {
        return (int) Math.min(total, Integer.MAX_VALUE);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** How many items a page may ask for: the default when absent, never more than {@code max}. */
    public static int limit(Integer asked, int dflt, int max) {
        return asked == null ? dflt : Math.max(1, Math.min(asked, max));
    }
}
