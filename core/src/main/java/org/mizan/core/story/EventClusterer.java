package org.mizan.core.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Clusters articles into events, one article at a time, against an {@link EventStore}:
 * <ol>
 *   <li>find the candidate events by the article's keys ({@link EventKeys}) within the date window;</li>
 *   <li>join the closest one the {@link EventMatcher} accepts, or open a new event;</li>
 *   <li>merge the other accepted events into it when, with the article, they are one event;</li>
 *   <li>on removal, cluster the event's remaining members again: an event whose bridge is gone splits.</li>
 * </ol>
 * A merged or emptied event is deleted from the store in the same step, so nothing is left behind.
 */
public final class EventClusterer {

    /** The events a step changed (or created) and the ones it deleted. */
    public record Change(Set<String> changed, Set<String> removed) {
        static Change none() {
            return new Change(Set.of(), Set.of());
        }
    }

    /** Days around the article within which members' keys are looked up (events run a few days). */
    static final int LOOKUP_DAYS = 5;

    private final EventMatcher matcher;

    public EventClusterer(EventMatcher matcher) {
        this.matcher = matcher;
    }

    public static EventClusterer standard() {
        return new EventClusterer(EventMatcher.STANDARD);
    }

    public Change place(ArticleProfile article, EventStore store) {
        Set<String> keys = EventKeys.of(article);
        LocalDate day = article.day();
        int days = LOOKUP_DAYS + matcher.windowDays();
        List<EventProfile> accepted = new ArrayList<>();
        for (EventProfile e : store.candidates(keys, day == null ? null : day.minusDays(days), day == null ? null : day.plusDays(days))) {
            if (matcher.score(article, e) >= 0) {
                accepted.add(e);
            }
        }
        accepted.sort(Comparator.comparingDouble((EventProfile e) -> -matcher.score(article, e)).thenComparing(EventProfile::id));
        String target = accepted.isEmpty() ? store.create() : accepted.get(0).id();
        store.add(target, article, keys);
        Set<String> changed = new LinkedHashSet<>(Set.of(target));
        Set<String> removed = new LinkedHashSet<>();
        EventProfile joined = store.event(target).orElseThrow();
        for (EventProfile other : accepted.subList(Math.min(1, accepted.size()), accepted.size())) {
            if (matcher.same(joined, other)) {
                for (ArticleProfile m : other.members()) {
                    store.remove(m.articleId());
                    store.add(target, m, EventKeys.of(m));
                }
                store.delete(other.id());
                removed.add(other.id());
                joined = store.event(target).orElseThrow();
            }
        }
        return new Change(changed, removed);
    }

    public Change remove(String articleId, EventStore store) {
        Optional<String> from = store.remove(articleId);
        if (from.isEmpty()) {
            return Change.none();
        }
        String id = from.get();
        EventProfile left = store.event(id).orElseThrow();
        if (left.members().isEmpty()) {
            store.delete(id);
            return new Change(Set.of(), Set.of(id));
        }
        List<EventProfile> parts = recluster(left.members());
        Set<String> changed = new LinkedHashSet<>(Set.of(id));
        // The largest part keeps the event (and its story's address); the others become events of their own.
        for (EventProfile part : parts.subList(1, parts.size())) {
            String split = store.create();
            for (ArticleProfile m : part.members()) {
                store.remove(m.articleId());
                store.add(split, m, EventKeys.of(m));
            }
            changed.add(split);
        }
        return new Change(changed, Set.of());
    }

    /** The members clustered afresh, in date order; the largest part first. */
    private List<EventProfile> recluster(List<ArticleProfile> members) {
        MemoryEvents scratch = new MemoryEvents();
        members.stream()
                .sorted(Comparator.comparing(ArticleProfile::day, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ArticleProfile::articleId))
                .forEach(m -> place(m, scratch));
        List<EventProfile> parts = new ArrayList<>(scratch.events());
        parts.sort(Comparator.comparingInt((EventProfile p) -> -p.members().size()));
        return parts;
    }
}
