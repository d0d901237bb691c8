package org.mizan.core.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of an enum of word classes, read through {@link LexiconFile} from one {@code class<TAB>word}
 * file next to the enum. A class is named in the file in lower case with hyphens ({@code definite-article}
 * for {@code DEFINITE_ARTICLE}); entries keep the file's order, since affix inventories are tried in it.
 * Words are kept exactly as written (a class of folded words is written folded), or folded on load by
 * {@link #loadFolded}. An unknown class or an
 * empty one fails loudly at class load, so a typo is a build failure, not a silent miss.
 */
public final class WordTable<E extends Enum<E>> {

    private final Map<E, List<String>> lists;
    private final Map<E, Set<String>> sets;

    private WordTable(Map<E, List<String>> lists, Map<E, Set<String>> sets) {
        this.lists = lists;
        this.sets = sets;
    }

    public static <E extends Enum<E>> WordTable<E> load(Class<E> type, String resource) {
        return load(type, resource, false);
    }

    /** A table whose file writes words as in running text (أمس, الليلة), kept {@link ArabicFolding folded}. */
    public static <E extends Enum<E>> WordTable<E> loadFolded(Class<E> type, String resource) {
        return load(type, resource, true);
    }

    private static <E extends Enum<E>> WordTable<E> load(Class<E> type, String resource, boolean fold) {
        Map<E, List<String>> lists = new EnumMap<>(type);
        for (E c : type.getEnumConstants()) {
            lists.put(c, new ArrayList<>());
        }
        for (String[] row : LexiconFile.rows(type, resource, 2)) {
            E c = Enum.valueOf(type, row[0].toUpperCase(Locale.ROOT).replace('-', '_'));
            lists.get(c).add(fold ? ArabicFolding.fold(row[1]) : row[1]);
        }
        Map<E, Set<String>> sets = new EnumMap<>(type);
        for (Map.Entry<E, List<String>> e : lists.entrySet()) {
            if (e.getValue().isEmpty()) {
                throw new IllegalStateException(resource + ": word class " + e.getKey() + " has no words");
            }
            e.setValue(List.copyOf(e.getValue()));
            sets.put(e.getKey(), Collections.unmodifiableSet(new LinkedHashSet<>(e.getValue())));
        }
        return new WordTable<>(lists, sets);
    }

    public boolean has(E c, String word) {
        return sets.get(c).contains(word);
    }

    /** The class's words in file order. */
    public List<String> list(E c) {
        return lists.get(c);
    }

    public Set<String> set(E c) {
        return sets.get(c);
    }

    /** The one word of a single-word class (an affix); more than one is a data mistake. */
    public String only(E c) {
        List<String> words = lists.get(c);
        if (words.size() != 1) {
            throw new IllegalStateException("word class " + c + " holds " + words.size() + " words, expected one");
        }
        return words.get(0);
    }

    /** Whether {@code word} starts with one of the class's words. */
    public boolean startsWithAny(E c, String word) {
        for (String w : lists.get(c)) {
            if (word.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} ends with one of the class's words. */
    public boolean endsWithAny(E c, String word) {
        for (String w : lists.get(c)) {
            if (word.endsWith(w)) {
                return true;
            }
        }
        return false;
    }
}
