package org.mizan.web.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mizan.core.text.ArabicFolding;

/**
 * Search keys for Arabic text: every word folded and light-stemmed, and also with a one-letter proclitic
 * (ل ب ك ف و) taken off, so that "حفتر" finds "لحفتر", "وحفتر" and "خليفة حفتر". A key is the words
 * separated and surrounded by single spaces; a query word matches a key word it begins.
 */
public final class SearchKeys {

    private static final String PROCLITICS = "لبكفو";
    private static final int MIN_STRIPPED = 3;
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private SearchKeys() {
    }

    /** The key of a text: " w1 w2 … " with each word's variants; empty text gives " ". */
    public static String key(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                for (String token : tokens(text)) {
                    words.addAll(variants(token));
                }
            }
        }
        return " " + String.join(" ", words) + " ";
    }

    /** The words of a query, each as a LIKE pattern on a key: "% word%" (begins a key word). */
    public static List<String> likePatterns(String query) {
        List<String> patterns = new ArrayList<>();
        for (String token : tokens(query == null ? "" : query)) {
            String stem = ArabicFolding.stem(token);
            String word = stem.isEmpty() ? token : stem;
            patterns.add("% " + word.replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        return patterns.stream().filter(p -> p.length() > 3).distinct().toList();
    }

    /**
     * Where the query's words stand in a text, as [start, end) pairs of offsets into the ORIGINAL text: each
     * word of the text whose key variants begin with a query word (so "حفتر" marks "لحفتر").
     */
    public static List<int[]> hits(String text, String query) {
        List<String> words = likePatterns(query).stream().map(p -> p.substring(2, p.length() - 1)).toList();
        List<int[]> out = new ArrayList<>();
        if (text == null || words.isEmpty()) {
            return out;
        }
        java.util.regex.Matcher m = WORD.matcher(text);
        while (m.find()) {
            for (String token : tokens(m.group())) {
                if (variants(token).stream().anyMatch(v -> words.stream().anyMatch(v::startsWith))) {
                    out.add(new int[] {m.start(), m.end()});
                    break;
                }
            }
        }
        return out;
    }

    static List<String> tokens(String text) {
        String folded = ArabicFolding.fold(text).toLowerCase(java.util.Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String t : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    static List<String> variants(String token) {
        List<String> out = new ArrayList<>();
        String stem = ArabicFolding.stem(token);
        out.add(stem.isEmpty() ? token : stem);
        String rest = token;
        // Up to two stacked proclitics: "ولحفتر" = و + ل + حفتر.
        for (int i = 0; i < 2 && rest.length() > MIN_STRIPPED && PROCLITICS.indexOf(rest.charAt(0)) >= 0; i++) {
            rest = rest.substring(1);
            String s = ArabicFolding.stem(rest);
            out.add(s.isEmpty() ? rest : s);
        }
        return out;
    }
}
