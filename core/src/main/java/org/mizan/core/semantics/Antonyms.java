package org.mizan.core.semantics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.mizan.core.text.LexiconFile;

/** Pairs of predicate keys that cannot both hold of the same thing (rise/fall, open/close); antonyms.tsv. */
public final class Antonyms {

    private static final Antonyms STANDARD = load();

    private final Map<String, Set<String>> opposites;

    private Antonyms(Map<String, Set<String>> opposites) {
        this.opposites = opposites;
    }

    public static Antonyms standard() {
        return STANDARD;
    }

    public boolean opposite(String keyA, String keyB) {
        return opposites.getOrDefault(keyA, Set.of()).contains(keyB);
    }

    public Set<String> oppositesOf(String key) {
        return opposites.getOrDefault(key, Set.of());
    }

    private static Antonyms load() {
        Map<String, Set<String>> map = new HashMap<>();
        Set<String> known = PredicateLexicon.standard().keys();
        for (String line : LexiconFile.entryLines(Antonyms.class, "antonyms.tsv")) {
            String[] pair = line.trim().split("\t");
            if (pair.length != 2 || !known.contains(pair[0]) || !known.contains(pair[1])) {
                throw new IllegalStateException("antonyms.tsv: not a pair of predicate keys: " + line);
            }
            map.computeIfAbsent(pair[0], k -> new HashSet<>()).add(pair[1]);
            map.computeIfAbsent(pair[1], k -> new HashSet<>()).add(pair[0]);
        }
        map.replaceAll((k, v) -> Set.copyOf(v));
        return new Antonyms(Map.copyOf(map));
    }
}
