package org.mizan.core.story;

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

/** Events in memory: for tools and tests, and for re-clustering one event's members when it splits. */
public final class MemoryEvents implements EventStore {

    private record Filed(String eventId, LocalDate day) {
    }

    private final Map<String, List<ArticleProfile>> members = new LinkedHashMap<>();
    private final Map<String, String> eventOf = new HashMap<>();
    private final Map<String, List<Filed>> byKey = new HashMap<>();
    private final Map<String, Collection<String>> keysOf = new HashMap<>();
    /** Each event's profile until it next changes: re-clustering asks for the same events again and again. */
    private final Map<String, EventProfile> profiles = new HashMap<>();
    private int next;

    @Override
    public List<EventProfile> candidates(Collection<String> keys, LocalDate from, LocalDate to) {
        Set<String> ids = new LinkedHashSet<>();
        for (String k : keys) {
            for (Filed f : byKey.getOrDefault(k, List.of())) {
                if (from == null || f.day() != null && !f.day().isBefore(from) && !f.day().isAfter(to)) {
                    ids.add(f.eventId());
                }
            }
        }
        return ids.stream().map(this::event).flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<EventProfile> event(String eventId) {
        List<ArticleProfile> m = members.get(eventId);
        return m == null ? Optional.empty() : Optional.of(profiles.computeIfAbsent(eventId, id -> EventProfile.of(id, m)));
    }

    @Override
    public String create() {
        String id = Integer.toString(++next);
        members.put(id, new ArrayList<>());
        return id;
    }

    @Override
    public void add(String eventId, ArticleProfile article, Collection<String> keys) {
        members.get(eventId).add(article);
        profiles.remove(eventId);
        eventOf.put(article.articleId(), eventId);
        keysOf.put(article.articleId(), List.copyOf(keys));
        keys.forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(new Filed(eventId, article.day())));
    }

    @Override
    public Optional<String> remove(String articleId) {
        String eventId = eventOf.remove(articleId);
        if (eventId == null) {
            return Optional.empty();
        }
        List<ArticleProfile> m = members.get(eventId);
        ArticleProfile gone = m.stream().filter(a -> a.articleId().equals(articleId)).findFirst().orElseThrow();
        m.remove(gone);
        profiles.remove(eventId);
        for (String k : keysOf.remove(articleId)) {
            List<Filed> filed = byKey.get(k);
            filed.remove(new Filed(eventId, gone.day()));
            if (filed.isEmpty()) {
                byKey.remove(k);
            }
        }
        return Optional.of(eventId);
    }

    @Override
    public void delete(String eventId) {
        members.remove(eventId);
        profiles.remove(eventId);
    }

    /** Every event, in the order they were created. */
    public List<EventProfile> events() {
        return members.keySet().stream().map(this::event).flatMap(Optional::stream).filter(e -> !e.members().isEmpty()).toList();
    }
}
