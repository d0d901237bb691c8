package org.mizan.core.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The blocking index behind {@link ClaimLinker}: resolved claims filed by date under the keys a
 * related claim must share. Two kinds of key per proposition:
 * <ul>
 *   <li>question key: predicate family + object key ("consent|class:agreement"): every claim about the
 *       same question, whoever the subject — where CONTRASTs are found;</li>
 *   <li>party key: the question key + one actor key of the subject (surname, leader, group member):
 *       every claim about the same question and party — where AGREE and CONFLICT are found, kept apart
 *       so that a crowded question never pushes a same-party claim out of the candidates.</li>
 * </ul>
 * Candidates are the newest {@code cap} entries of each key inside the date window, so the work per new
 * claim is bounded by (keys x cap) whatever the size of the corpus. Not thread-safe: {@link ClaimLinker}
 * serialises access.
 */
final class LinkIndex {

    private static final char SEP = '\u0001';

    /** Entries of one key, by epoch day; the lists keep insertion order within a day. */
    private final Map<String, NavigableMap<Long, List<ResolvedClaim>>> buckets = new HashMap<>();
    private final Map<String, List<ResolvedClaim>> byArticle = new HashMap<>();
    private final Map<String, Set<String>> articleActors = new HashMap<>();
    private int size;

    /** The keys a resolved claim is filed under (and looked up by). */
    static Set<String> keys(List<ResolvedProposition> propositions) {
        Set<String> keys = new LinkedHashSet<>();
        for (ResolvedProposition p : propositions) {
            if (p.stance() == 0) {
                continue;
            }
            String question = p.family() + SEP + p.object().key();
            keys.add("q" + SEP + question);
            for (String actor : p.subjectKeys()) {
                keys.add("p" + SEP + question + SEP + actor);
            }
        }
        return keys;
    }

    /** The shared, growing set of actor keys of one article. */
    Set<String> articleActors(String articleId) {
        return articleActors.computeIfAbsent(articleId, k -> new LinkedHashSet<>());
    }

    Set<String> articleActorsIfAny(String articleId) {
        return articleActors.getOrDefault(articleId, Set.of());
    }

    void add(ResolvedClaim claim) {
        byArticle.computeIfAbsent(claim.articleId(), k -> new ArrayList<>()).add(claim);
        size++;
        LocalDate date = claim.claim().date();
        if (date == null) {
            return;
        }
        long day = date.toEpochDay();
        for (String key : claim.keys()) {
            buckets.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(day, d -> new ArrayList<>(2)).add(claim);
        }
    }

    /** Removes every claim of an article; returns how many. */
    int removeArticle(String articleId) {
        List<ResolvedClaim> claims = byArticle.remove(articleId);
        articleActors.remove(articleId);
        if (claims == null) {
            return 0;
        }
        for (ResolvedClaim claim : claims) {
            size--;
            if (claim.claim().date() == null) {
                continue;
            }
            long day = claim.claim().date().toEpochDay();
            for (String key : claim.keys()) {
                NavigableMap<Long, List<ResolvedClaim>> bucket = buckets.get(key);
                if (bucket == null) {
                    continue;
                }
                List<ResolvedClaim> sameDay = bucket.get(day);
                if (sameDay != null) {
                    sameDay.removeIf(c -> c.id().equals(claim.id()));
                    if (sameDay.isEmpty()) {
                        bucket.remove(day);
                    }
                }
                if (bucket.isEmpty()) {
                    buckets.remove(key);
                }
            }
        }
        return claims.size();
    }

    /** The stored claims of an article (for same-article linking of undated claims). */
    List<ResolvedClaim> claimsOf(String articleId) {
        return byArticle.getOrDefault(articleId, List.of());
    }

    /**
     * Adds to {@code out} the candidates for {@code claim}: per key, the newest entries dated within
     * {@code windowDays} of it, at most {@code partyCap} per party key and {@code questionCap} per
     * question key.
     */
    void candidates(ResolvedClaim claim, int windowDays, int partyCap, int questionCap, Map<String, ResolvedClaim> out) {
        LocalDate date = claim.claim().date();
        if (date == null) {
            return;
        }
        long day = date.toEpochDay();
        for (String key : claim.keys()) {
            NavigableMap<Long, List<ResolvedClaim>> bucket = buckets.get(key);
            if (bucket == null) {
                continue;
            }
            int cap = key.charAt(0) == 'q' ? questionCap : partyCap;
            int taken = 0;
            Iterator<List<ResolvedClaim>> days = bucket.subMap(day - windowDays, true, day + windowDays, true)
                    .descendingMap().values().iterator();
            while (taken < cap && days.hasNext()) {
                List<ResolvedClaim> sameDay = days.next();
                for (int i = sameDay.size() - 1; i >= 0 && taken < cap; i--) {
                    ResolvedClaim c = sameDay.get(i);
                    out.putIfAbsent(c.id(), c);
                    taken++;
                }
            }
        }
    }

    int size() {
        return size;
    }

    int bucketCount() {
        return buckets.size();
    }
}
