package org.mizan.core.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.mizan.core.semantics.Token;
import org.mizan.core.text.ArabicFolding;

/** Groups of words that headlines use interchangeably (synonyms.tsv), by group number. */
final class Synonyms {

    private static final Map<String, Set<Integer>> GROUPS = load();

    private Synonyms() {
    }

    /** The groups any reading of the word belongs to (empty when none). */
    static Set<Integer> groupsOf(Token t) {
        Set<Integer> out = new HashSet<>();
        for (String r : t.bases()) {
            Set<Integer> g = GROUPS.get(r);
            if (g != null) {
                out.addAll(g);
            }
        }
        return Set.copyOf(out);
    }

    private static Map<String, Set<Integer>> load() {
        Map<String, Set<Integer>> map = new HashMap<>();
        try (InputStream in = Synonyms.class.getResourceAsStream("synonyms.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon synonyms.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int group = 0;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] words = line.split("\\|");
                if (words.length < 2) {
                    throw new IllegalStateException("synonyms.tsv: a group needs two words: " + line);
                }
                for (String w : words) {
                    map.computeIfAbsent(ArabicFolding.fold(w.trim()), k -> new HashSet<>()).add(group);
                }
                group++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        map.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(map);
    }
}
