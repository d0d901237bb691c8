package org.mizan.web.story;

import static org.mizan.web.Columns.clip;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mizan.core.story.ArticleProfile;
import org.mizan.core.story.EventProfile;
import org.mizan.core.story.EventStore;

/**
 * Events in the database ({@code story_event_article}, {@code story_event_key}): the members' profiles and
 * the keys they are filed under by day. Used inside the write's transaction only; every read is by key and
 * day or by event, through an index.
 */
final class StoredEvents implements EventStore {

    /** Rows per insert statement of an article's keys: few distinct statements for H2 to keep planned. */
    private static final int KEYS_PER_INSERT = 16;
    /** Events whose members one statement reads (an IN list well within every database's limit). */
    private static final int MEMBERS_READ = 500;

    private final EntityManager em;

    StoredEvents(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<EventProfile> candidates(Collection<String> keys, LocalDate from, LocalDate to) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> clipped = keys.stream().map(k -> clip(k, 300)).toList();
        Query q = from == null
                ? sql("select distinct event_id from story_event_key where event_key in (?1)").setParameter(1, clipped)
                : sql("select distinct event_id from story_event_key where event_key in (?1) and article_day between ?2 and ?3")
                        .setParameter(1, clipped).setParameter(2, from).setParameter(3, to);
        List<Long> ids = q.getResultList().stream().map(v -> ((Number) v).longValue()).toList();
        // The candidates' members in a statement per MEMBERS_READ events, not one per event; in the order found.
        Map<Long, List<ArticleProfile>> members = new HashMap<>();
        for (int at = 0; at < ids.size(); at += MEMBERS_READ) {
            members.putAll(members(ids.subList(at, Math.min(ids.size(), at + MEMBERS_READ))));
        }
        List<EventProfile> out = new ArrayList<>();
        for (Long id : ids) {
            out.add(EventProfile.of(id.toString(), members.getOrDefault(id, List.of())));
        }
        return out;
    }

    @Override
    public Optional<EventProfile> event(String eventId) {
        long id = Long.parseLong(eventId);
        return Optional.of(EventProfile.of(eventId, members(List.of(id)).getOrDefault(id, List.of())));
    }

    /** The member profiles of these events, each event's in article order. */
    private Map<Long, List<ArticleProfile>> members(List<Long> eventIds) {
        List<?> rows = sql("select event_id, article_id, outlet, article_day, title, terms, entities from story_event_article"
                + " where event_id in (?1) order by event_id, article_id").setParameter(1, eventIds).getResultList();
        Map<Long, List<ArticleProfile>> out = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(ArticleProfile.stored(r[1].toString(), (String) r[2], localDate(r[3]), (String) r[4], (String) r[5], (String) r[6]));
        }
        return out;
    }

    /** One more than the highest event id in use: the single writer runs one write at a time. */
    @Override
    public String create() {
        Number max = (Number) sql("select coalesce(max(event_id), 0) from story_event_article").getSingleResult();
        return Long.toString(max.longValue() + 1);
    }

    @Override
    public void add(String eventId, ArticleProfile a, Collection<String> keys) {
        long event = Long.parseLong(eventId);
        long article = Long.parseLong(a.articleId());
        sql("insert into story_event_article (article_id, event_id, article_day, outlet, title, terms, entities)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, article).setParameter(2, event).setParameter(3, a.day())
                .setParameter(4, a.outlet() == null ? null : clip(a.outlet(), 300))
                .setParameter(5, a.title() == null ? null : clip(a.title(), 1000))
                .setParameter(6, clip(a.termsText(), 4000)).setParameter(7, clip(a.entitiesText(), 4000)).executeUpdate();
        // The keys in statements of up to KEYS_PER_INSERT rows each (one statement per key cost more than the rows).
        List<String> distinct = List.copyOf(new LinkedHashSet<>(keys));
        for (int from = 0; from < distinct.size(); from += KEYS_PER_INSERT) {
            List<String> part = distinct.subList(from, Math.min(distinct.size(), from + KEYS_PER_INSERT));
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < part.size(); i++) {
                values.append(i == 0 ? "" : ", ").append("(?").append(i + 4).append(", ?1, ?2, ?3)");
            }
            Query insert = sql("insert into story_event_key (event_key, article_day, event_id, article_id) values " + values)
                    .setParameter(1, a.day()).setParameter(2, event).setParameter(3, article);
            for (int i = 0; i < part.size(); i++) {
                insert.setParameter(i + 4, clip(part.get(i), 300));
            }
            insert.executeUpdate();
        }
    }

    @Override
    public Optional<String> remove(String articleId) {
        long article = Long.parseLong(articleId);
        List<?> event = sql("select event_id from story_event_article where article_id = ?1").setParameter(1, article).getResultList();
        if (event.isEmpty()) {
            return Optional.empty();
        }
        sql("delete from story_event_key where article_id = ?1").setParameter(1, article).executeUpdate();
        sql("delete from story_event_article where article_id = ?1").setParameter(1, article).executeUpdate();
        return Optional.of(event.get(0).toString());
    }

    /** Nothing to do: an event is its members' rows, and it has none left when this is called. */
    @Override
    public void delete(String eventId) {
    }

    /** The articles of an event. */
    List<Long> articles(String eventId) {
        return sql("select article_id from story_event_article where event_id = ?1 order by article_id")
                .setParameter(1, Long.parseLong(eventId)).getResultList().stream().map(v -> ((Number) v).longValue()).toList();
    }

    /** Whether any article is filed in an event (an older database has stories but no events yet). */
    boolean any() {
        return !sql("select article_id from story_event_article").setMaxResults(1).getResultList().isEmpty();
    }

    /** A native statement without the flush of every entity in the write's session before it. */
    private Query sql(String sql) {
        return em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
