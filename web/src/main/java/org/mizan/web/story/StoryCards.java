package org.mizan.web.story;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mizan.web.paging.Cursor;
import org.mizan.web.paging.DateKeyset;
import org.mizan.web.paging.Slice;
import org.mizan.web.story.StoryViews.StorySummary;

/** Stories in a list (home, outlet, search, API), read without loading their claims. */
public final class StoryCards {

    private StoryCards() {
    }

    /** The summaries of these stories in the given order (gone ones left out); call in a transaction. */
    public static List<StorySummary> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, StoryEntity> stories = new HashMap<>();
        for (StoryEntity s : Panache.getEntityManager().createQuery("select s from StoryEntity s where s.id in :ids", StoryEntity.class)
                .setParameter("ids", ids).getResultList()) {
            stories.put(s.id, s);
        }
        return of(ids.stream().map(stories::get).filter(Objects::nonNull).toList());
    }

    /** Newest first by the date of the latest statement: a keyset page on story(lastDate, id). */
    static final DateKeyset LATEST = new DateKeyset("StoryEntity s", "", "", "s.lastDate", "s.id");

    /** A page of the latest stories; call in a transaction. */
    public static Slice<StorySummary> latest(Cursor cursor, int limit) {
        List<StoryEntity> rows = LATEST.fetch(StoryEntity.class, Map.of(), cursor, limit + 1);
        Slice<StoryEntity> page = Slice.of(rows, limit, cursor, LATEST.count(Map.of()), s -> DateKeyset.key(s.lastDate, s.id));
        return page.withItems(of(page.items()));
    }

    /** Summaries of loaded stories, their claims counted in one grouped read (never loaded). */
    public static List<StorySummary> of(List<StoryEntity> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(s -> s.id).toList();
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] r : Panache.getEntityManager().createQuery(
                "select s.id, count(c) from StoryEntity s join s.claims c where s.id in :ids group by s.id", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            counts.put((Long) r[0], (Long) r[1]);
        }
        return list.stream().map(s -> new StorySummary(s.id, s.title, s.firstDate,
                s.lastDate, counts.getOrDefault(s.id, 0L).intValue(), List.copyOf(s.actors), List.copyOf(s.sources))).toList();
    }
}
