package org.mizan.web.story;

import org.mizan.web.paging.IdParameters;
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
        for (StoryEntity s : IdParameters.select("select s from StoryEntity s where s.id in :ids", StoryEntity.class, ids).getResultList()) {
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

    /** Summaries of loaded stories: the claim count is the story's own column, so no claim is read or counted. */
    public static List<StorySummary> of(List<StoryEntity> list) {
        return list.stream().map(StorySummary::of).toList();
    }
}
