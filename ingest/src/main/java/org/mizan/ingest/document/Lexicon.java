package org.mizan.ingest.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mizan.core.text.ArabicFolding;
import org.mizan.core.text.LexiconFile;

/**
 * A word list loaded once from a resource file next to this class: one phrase a line, {@code #} starts a
 * comment. Entries and the text they are matched against are compared as {@link #key(CharSequence)}s,
 * so hamza and alef variants, ta marbuta, tanween and letter case never decide a match.
 */
final class Lexicon {

    private final String name;
    private final Set<String> keys;
    /** Longest first, so a prefix match takes the most specific phrase. */
    private final List<String> byLength;

    private Lexicon(String name, Set<String> keys) {
        this.name = name;
        this.keys = Set.copyOf(keys);
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.byLength = List.copyOf(sorted);
    }

    static Lexicon load(String resource) {
        Set<String> keys = new LinkedHashSet<>();
        for (String entry : lines(resource)) {
            String key = key(entry);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return new Lexicon(resource, keys);
    }

    /** The lines of a resource next to this class, each without its {@code #} comment, blank ones left out. */
    static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        for (String line : LexiconFile.entryLines(Lexicon.class, resource)) {
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!entry.isEmpty()) {
                lines.add(entry);
            }
        }
        return lines;
    }

    /**
     * The matching key of a phrase: folded ({@link ArabicFolding}), lower case, runs of white space
     * (including no-break and bidi marks) collapsed to one space, trimmed. Punctuation is kept.
     */
    static String key(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
                continue;
            }
            char f = ArabicFolding.fold(c);
            if (f == '\0') {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(f);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** White space for layout purposes: Unicode spaces plus the invisible marks scraped text is full of. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F'
                || c == '\u202A' || c == '\u202B' || c == '\u202C' || c == '\u202D' || c == '\u202E'
                || c == '\uFEFF' || c == '\u2066' || c == '\u2067' || c == '\u2068' || c == '\u2069';
    }

    boolean contains(String key) {
        return keys.contains(key);
    }

    /**
     * The longest entry that {@code key} starts with and that ends there on a word boundary
     * (end of key, a space, or punctuation; an entry ending in a symbol, like "©", needs none), or null.
     */
    String prefixOf(String key) {
        for (String entry : byLength) {
            if (key.startsWith(entry) && (key.length() == entry.length()
                    || !Character.isLetterOrDigit(entry.charAt(entry.length() - 1))
                    || !Character.isLetterOrDigit(key.charAt(entry.length())))) {
                return entry;
            }
        }
        return null;
    }

    /** The longest entry that {@code key} starts with, even glued to the following word, or null. */
    String gluedPrefixOf(String key) {
        for (String entry : byLength) {
            if (key.startsWith(entry)) {
                return entry;
            }
        }
        return null;
    }

    /**
     * How many of the words {@code words[from..]} of {@code text} (each an [start, end) pair) the longest
     * entry starting at word {@code from} covers; 0 when none starts there. Entries are at most
     * {@code maxWords} words long.
     */
    int wordsMatchedAt(String text, List<int[]> words, int from, int maxWords) {
        for (int n = Math.min(maxWords, words.size() - from); n >= 1; n--) {
            int start = words.get(from)[0];
            int end = words.get(from + n - 1)[1];
            if (keys.contains(key(text.substring(start, end)))) {
                return n;
            }
        }
        return 0;
    }

    List<String> entries() {
        return byLength;
    }

    @Override
    public String toString() {
        return name + " " + keys.size() + " entries";
    }
}
