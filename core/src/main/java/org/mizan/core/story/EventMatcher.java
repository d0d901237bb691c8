package org.mizan.core.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether an article (or another event) belongs to an event. Several signals must agree: the
 * date within the event's days widened by a window, and the title and lead words close to the event's
 * centroid: moderately with a quoted person or organisation in common, strongly without one (the parser's
 * speakers are not always the event's actors). One shared word, or one shared name, never joins anything.
 * An event spans at most {@value #MAX_SPAN_DAYS} days from its first article to its last: news that goes on
 * longer is a new event each week (the story of a long affair is several events, each found by its own
 * keys), so an event cannot chain on through the months, and the articles compared on each placement are
 * those of a few weeks at most, whatever the corpus holds.
 *
 * @param windowDays            how far outside the event's days an article may fall
 * @param minSimilarity         cosine to the centroid required with an entity in common
 * @param minSimilarityAlone    cosine required without an entity in common
 */
public record EventMatcher(int windowDays, double minSimilarity, double minSimilarityAlone) {

    public static final EventMatcher STANDARD = new EventMatcher(2, 0.25, 0.40);

    /** The most days an event may span, first article to last. */
    public static final int MAX_SPAN_DAYS = 7;

    /** The article's closeness to the event (its cosine), or -1 when it does not belong to it. */
    public double score(ArticleProfile article, EventProfile event) {
        if (!withinWindow(article.day(), article.day(), event)) {
            return -1;
        }
        return score(article.terms(), EventProfile.norm(article.terms()), article.entities(), event);
    }

    /** Whether two events are one: the same rules, centroid to centroid, their days overlapping within the window. */
    public boolean same(EventProfile a, EventProfile b) {
        return withinWindow(a.first(), a.last(), b) && score(a.centroid(), a.centroidNorm(), a.entities(), b) >= 0;
    }

    private double score(Map<String, Double> terms, double norm, Set<String> entities, EventProfile event) {
        double cosine = EventProfile.cosine(terms, norm, event.centroid(), event.centroidNorm());
        boolean shared = entities.stream().anyMatch(e -> event.entities().contains(e) && named(e, entities, event.entities()));
        if (cosine >= (shared ? minSimilarity : minSimilarityAlone)) {
            return cosine;
        }
        return -1;
    }

    /**
     * Whether a shared entity is a name: a full name, or one word that either side also holds as the
     * surname of a full one. One word quoted alone on both sides is as likely a role the parser took for a
     * speaker («المتحدث», «الناطق الرسمي»'s last word) or a state quoted in a thousand stories.
     */
    private static boolean named(String entity, Set<String> a, Set<String> b) {
        if (entity.indexOf(' ') > 0) {
            return true;
        }
        String surname = " " + entity;
        return a.stream().anyMatch(n -> n.endsWith(surname)) || b.stream().anyMatch(n -> n.endsWith(surname));
    }

    private boolean withinWindow(LocalDate from, LocalDate to, EventProfile event) {
        if (from == null || to == null || event.first() == null) {
            return from == null && event.first() == null;
        }
        LocalDate first = from.isBefore(event.first()) ? from : event.first();
        LocalDate last = to.isAfter(event.last()) ? to : event.last();
        return !to.isBefore(event.first().minusDays(windowDays)) && !from.isAfter(event.last().plusDays(windowDays))
                && ChronoUnit.DAYS.between(first, last) <= MAX_SPAN_DAYS;
    }
}
