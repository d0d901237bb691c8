package org.mizan.core.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Clusters articles into events, one article at a time, against an {@link EventStore}:
 * <ol>
 *   <li>find the candidate events by the article's keys ({@link EventKeys}) within the date window;</li>
 *   <li>cluster them and the article afresh, in date order: each article joins the closest event the
 *       {@link EventMatcher} accepts or opens one, and events an article shows to be one are merged;</li>
 *   <li>bring the store to that result (merging and splitting events as it says);</li>
 *   <li>on removal, cluster the event's remaining members again: an event whose bridge is gone splits.</li>
 * </ol>
 * A merged or emptied event is deleted from the store in the same step, so nothing is left behind.
 * <p>
 * The work of one placement is bounded whatever the corpus and its events: candidates are found by key
 * within {@value #LOOKUP_DAYS} days plus the matcher's window, an event spans at most
 * {@link EventMatcher#MAX_SPAN_DAYS} days (it cannot chain on through months of similar news), so the
 * neighbourhood re-clustered holds the articles of a few weeks that share a key, and never more than
 * {@value #MAX_SETTLED}. Profiles are built once per change of an event, not once per comparison.
 */
public final class EventClusterer {

    /** The events a step changed (or created) and the ones it deleted. */
    public record Change(Set<String> changed, Set<String> removed) {
        static Change none() {
            return new Change(Set.of(), Set.of());
        }
    }

    /** Most articles a neighbourhood may hold to be clustered afresh on each placement. */
    static final int MAX_SETTLED = 300;
    /** Of two ids, the one given first (shorter, then smaller) compares as greater: it keeps its address. */
    private static final Comparator<String> OLDEST_ID = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()).reversed();

    /** Days around the article within which members' keys are looked up (events run a few days). */
    static final int LOOKUP_DAYS = 5;

    private final EventMatcher matcher;

    public EventClusterer(EventMatcher matcher) {
        this.matcher = matcher;
    }

    public static EventClusterer standard() {
        return new EventClusterer(EventMatcher.STANDARD);
    }

    /**
     * Places a new article: its neighbourhood (the candidate events and the article) is clustered afresh
     * in date order and the store brought to that result, so the outcome depends on which articles are
     * stored, not on the order they came in. A neighbourhood larger than {@value #MAX_SETTLED} articles
     * is joined incrementally instead (the closest accepted event; the others it shows to be one merged).
     */
    public Change place(ArticleProfile article, EventStore store) {
        List<EventProfile> near = candidates(article, store);
        int size = 1 + near.stream().mapToInt(e -> e.members().size()).sum();
        if (size > MAX_SETTLED) {
            return join(article, near, store);
        }
        List<ArticleProfile> members = new ArrayList<>(List.of(article));
        near.forEach(e -> members.addAll(e.members()));
        return settle(recluster(members), near, store);
    }

    /** Takes an article out of its event; the rest is clustered again, so an event whose bridge is gone splits. */
    public Change remove(String articleId, EventStore store) {
        Optional<String> from = store.remove(articleId);
        if (from.isEmpty()) {
            return Change.none();
        }
        EventProfile left = store.event(from.get()).orElseThrow();
        return settle(recluster(left.members()), List.of(left), store);
    }

    private List<EventProfile> candidates(ArticleProfile article, EventStore store) {
        LocalDate day = article.day();
        int days = LOOKUP_DAYS + matcher.windowDays();
        return store.candidates(EventKeys.of(article), day == null ? null : day.minusDays(days), day == null ? null : day.plusDays(days));
    }

    /** The incremental step: the closest accepted event, or a new one; merges the others it shows to be one. */
    private Change join(ArticleProfile article, List<EventProfile> near, EventStore store) {
        Map<String, Double> score = new HashMap<>();
        List<EventProfile> accepted = new ArrayList<>();
        for (EventProfile e : near) {
            double s = matcher.score(article, e);
            if (s >= 0) {
                score.put(e.id(), s);
                accepted.add(e);
            }
        }
        accepted.sort(Comparator.comparingDouble((EventProfile e) -> -score.get(e.id())).thenComparing(EventProfile::id));
        String target = accepted.isEmpty() ? store.create() : accepted.get(0).id();
        store.add(target, article, EventKeys.of(article));
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
        return new Change(Set.of(target), removed);
    }

    /**
     * Brings the store to {@code parts}: each part keeps the id of the event that held most of it (the
     * largest part first), or gets a new one; members move only when their event changes; an event of
     * {@code before} left with none is deleted.
     */
    private Change settle(List<EventProfile> parts, List<EventProfile> before, EventStore store) {
        Map<String, String> eventOf = new HashMap<>();
        before.forEach(e -> e.members().forEach(m -> eventOf.put(m.articleId(), e.id())));
        Set<String> kept = new HashSet<>();
        Set<String> changed = new LinkedHashSet<>();
        for (EventProfile part : parts) {
            Map<String, Integer> overlap = new HashMap<>();
            for (ArticleProfile m : part.members()) {
                String e = eventOf.get(m.articleId());
                if (e != null && !kept.contains(e)) {
                    overlap.merge(e, 1, Integer::sum);
                }
            }
            String id = overlap.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey, OLDEST_ID))
                    .map(Map.Entry::getKey).orElseGet(store::create);
            kept.add(id);
            for (ArticleProfile m : part.members()) {
                String was = eventOf.get(m.articleId());
                if (!id.equals(was)) {
                    if (was != null) {
                        store.remove(m.articleId());
                        changed.add(was);
                    }
                    store.add(id, m, EventKeys.of(m));
                    changed.add(id);
                }
            }
        }
        Set<String> removed = new LinkedHashSet<>();
        for (EventProfile e : before) {
            if (!kept.contains(e.id())) {
                store.delete(e.id());
                removed.add(e.id());
            }
        }
        changed.removeAll(removed);
        return new Change(changed, removed);
    }

    /** The members clustered afresh, in date order; the largest part first. */
    private List<EventProfile> recluster(List<ArticleProfile> members) {
        MemoryEvents scratch = new MemoryEvents();
        members.stream()
                .sorted(Comparator.comparing(ArticleProfile::day, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ArticleProfile::articleId))
                .forEach(m -> join(m, candidates(m, scratch), scratch));
        List<EventProfile> parts = new ArrayList<>(scratch.events());
        parts.sort(Comparator.comparingInt((EventProfile p) -> -p.members().size()));
        return parts;
    }
}
