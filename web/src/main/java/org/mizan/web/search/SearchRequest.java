package org.mizan.web.search;

import java.time.LocalDate;
import org.mizan.web.paging.Cursor;

/**
 * What a reader asked: words (may be empty when filters alone select), one result type or all, filters,
 * and where the page starts.
 *
 * @param byDate newest first instead of by relevance (the order without words)
 */
public record SearchRequest(String q, SearchType type, String outlet, java.util.List<Long> speakers, LocalDate from, LocalDate to,
                            String relation, Cursor cursor, int limit, boolean byDate) {

    /** The one speaker a page is filtered by, null when none (the API may filter by several). */
    public Long speaker() {
        return speakers.size() == 1 ? speakers.get(0) : null;
    }

    public boolean hasWords() {
        return q != null && !q.isBlank();
    }

    public boolean hasFilters() {
        return outlet != null || !speakers.isEmpty() || from != null || to != null || relation != null;
    }

    public SearchRequest withType(SearchType t, int n) {
        return new SearchRequest(q, t, outlet, speakers, from, to, relation, null, n, byDate);
    }
}
