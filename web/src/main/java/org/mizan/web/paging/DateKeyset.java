package org.mizan.web.paging;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keyset pages of rows ordered newest first by a date that may be missing, then by id: dated rows by
 * (date desc, id desc), then the undated ones by id desc. Each page is one or two range reads on an index
 * over (filter columns, date, id), so the 500th page costs what the first does; no OFFSET anywhere.
 *
 * @param from  "ClaimEntity c": the entity and its alias
 * @param fetch joins fetched with each row (" join fetch c.article"), or ""
 * @param where the list's own filter ("c.speaker.id = :owner"), or "" for none
 * @param date  the date path ("c.statedOn"); {@code id} the id path ("c.id")
 */
public record DateKeyset(String from, String fetch, String where, String date, String id) {

    private String select(String projection) {
        return "select " + (projection != null ? projection : from.substring(from.indexOf(' ') + 1)) + " from " + from + fetch;
    }

    /** The key a row is found by: its date (empty when none) and id, as a cursor stores them. */
    public static String[] key(LocalDate date, long id) {
        return new String[] {date == null ? "" : date.toString(), Long.toString(id)};
    }

    /** Up to {@code n} rows walking away from the cursor (nearest first), in the cursor's direction. */
    public <T> List<T> fetch(Class<T> type, Map<String, Object> params, Cursor cursor, int n) {
        return project(type, null, params, cursor, n);
    }

    /** As {@link #fetch}, selecting {@code projection} ("new …Card(a.id, …)") instead of the entity; null for the entity. */
    public <T> List<T> project(Class<T> type, String projection, Map<String, Object> params, Cursor cursor, int n) {
        List<T> out = new ArrayList<>();
        LocalDate d = cursor == null || cursor.part(0).isEmpty() ? null : parseDate(cursor);
        long i = cursor == null ? 0 : cursor.number(1);
        if (cursor == null) {
            out.addAll(run(projection, type, params, date + " is not null", "", desc(), n, null, null));
            more(out, projection, type, params, date + " is null", "", id + " desc", n, null, null);
        } else if (!cursor.backward() && d != null) {
            out.addAll(run(projection, type, params, date + " is not null", date + " <= :d and (" + date + " < :d or " + id + " < :i)", desc(), n, d, i));
            more(out, projection, type, params, date + " is null", "", id + " desc", n, null, null);
        } else if (!cursor.backward()) {
            out.addAll(run(projection, type, params, date + " is null", id + " < :i", id + " desc", n, null, i));
        } else if (d != null) {
            out.addAll(run(projection, type, params, date + " is not null", date + " >= :d and (" + date + " > :d or " + id + " > :i)", asc(), n, d, i));
        } else {
            out.addAll(run(projection, type, params, date + " is null", id + " > :i", id + " asc", n, null, i));
            more(out, projection, type, params, date + " is not null", "", asc(), n, null, null);
        }
        return out;
    }

    /** How many rows the list holds (a count over the same index). */
    public long count(Map<String, Object> params) {
        TypedQuery<Long> q = Panache.getEntityManager()
                .createQuery("select count(" + id + ") from " + from + (where.isEmpty() ? "" : " where " + where), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private <T> void more(List<T> out, String projection, Class<T> type, Map<String, Object> params, String part, String range, String order, int n,
                          LocalDate d, Long i) {
        if (out.size() < n) {
            out.addAll(run(projection, type, params, part, range, order, n - out.size(), d, i));
        }
    }

    private <T> List<T> run(String projection, Class<T> type, Map<String, Object> params, String part, String range, String order, int n,
                            LocalDate d, Long i) {
        List<String> conditions = new ArrayList<>();
        if (!where.isEmpty()) {
            conditions.add("(" + where + ")");
        }
        conditions.add(part);
        if (!range.isEmpty()) {
            conditions.add(range);
        }
        TypedQuery<T> q = Panache.getEntityManager()
                .createQuery(select(projection) + " where " + String.join(" and ", conditions) + " order by " + order, type)
                .setMaxResults(n);
        params.forEach(q::setParameter);
        if (d != null) {
            q.setParameter("d", d);
        }
        if (i != null) {
            q.setParameter("i", i);
        }
        return q.getResultList();
    }

    private String desc() {
        return date + " desc, " + id + " desc";
    }

    private String asc() {
        return date + " asc, " + id + " asc";
    }

    private static LocalDate parseDate(Cursor cursor) {
        try {
            return LocalDate.parse(cursor.part(0));
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.mizan.web.error.BadInputException(400, "bad cursor", "cursor must be a value taken from a previous page of this list.");
        }
    }
}
