package org.mizan.core.story;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where events are kept: the database in the app ({@code web.story.StoredEvents}), memory in tools and
 * tests ({@link MemoryEvents}). Every lookup is by key and date, so placing an article never reads the
 * whole corpus.
 */
public interface EventStore {

    /** The events with a member filed under one of these keys on a day in [from, to] (any day when null). */
    List<EventProfile> candidates(Collection<String> keys, LocalDate from, LocalDate to);

    Optional<EventProfile> event(String eventId);

    /** A new, empty event's id. */
    String create();

    /** Files the article in the event under its keys. */
    void add(String eventId, ArticleProfile article, Collection<String> keys);

    /** Takes the article out of its event; answers that event's id. The event stays, even when empty. */
    Optional<String> remove(String articleId);

    /** Deletes an event that has no members left. */
    void delete(String eventId);
}
