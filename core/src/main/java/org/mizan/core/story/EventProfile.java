package org.mizan.core.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An event as a new article is compared to it: the centroid of its articles' term vectors (so a new
 * article must resemble the event as a whole, not any one member: no chaining), the entities its
 * articles quote, and the days it spans. Its title is the headline of its most representative article
 * (the one closest to the centroid; on a tie the earliest), so the title is taken from the event, not from
 * whichever came first.
 */
public record EventProfile(String id, List<ArticleProfile> members, Map<String, Double> centroid, double centroidNorm,
                           Set<String> entities, LocalDate first, LocalDate last, String title) {

    public static EventProfile of(String id, List<ArticleProfile> members) {
        Map<String, Double> sum = new HashMap<>();
        Set<String> entities = new HashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        for (ArticleProfile a : members) {
            a.terms().forEach((s, w) -> sum.merge(s, w / members.size(), Double::sum));
            entities.addAll(a.entities());
            if (a.day() != null) {
                first = first == null || a.day().isBefore(first) ? a.day() : first;
                last = last == null || a.day().isAfter(last) ? a.day() : last;
            }
        }
        double sumNorm = norm(sum);
        String title = members.stream()
                .filter(a -> a.title() != null && !a.title().isBlank())
                .max(Comparator.comparingLong((ArticleProfile a) -> Math.round(cosine(a.terms(), norm(a.terms()), sum, sumNorm) * 1e6))
                        .thenComparing(a -> a.day(), Comparator.nullsFirst(Comparator.reverseOrder()))
                        .thenComparing(ArticleProfile::articleId, Comparator.reverseOrder()))
                .map(a -> a.title().strip()).orElse(null);
        return new EventProfile(id, List.copyOf(members), Map.copyOf(sum), sumNorm, Set.copyOf(entities), first, last, title);
    }

    /** The days from the first member to the last (0 for one day; 0 when undated). */
    public long spanDays() {
        return first == null ? 0 : ChronoUnit.DAYS.between(first, last);
    }

    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        return cosine(a, norm(a), b, norm(b));
    }

    /**
     * The cosine with both norms given: an event's centroid holds the terms of all its members, so its norm
     * is computed once per profile, not once per comparison.
     */
    static double cosine(Map<String, Double> a, double na, Map<String, Double> b, double nb) {
        if (a.size() > b.size()) {
            return cosine(b, nb, a, na);
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    static double norm(Map<String, Double> v) {
        return Math.sqrt(v.values().stream().mapToDouble(w -> w * w).sum());
    }
}
