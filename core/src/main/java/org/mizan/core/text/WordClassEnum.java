package org.mizan.core.text;

import java.util.List;
import java.util.Set;

/**
 * An enum of word classes whose words live in a {@link WordTable}: each package's enum names its classes
 * and holds its table; this gives every constant the same lookups, so code asks
 * {@code SomeClass.PREPOSITION.has(w)} and never spells a word.
 */
public interface WordClassEnum<E extends Enum<E> & WordClassEnum<E>> {

    /** The table of the enum's classes. */
    WordTable<E> table();

    @SuppressWarnings("unchecked")
    private E self() {
        return (E) this;
    }

    /** Whether the word belongs to this class. */
    default boolean has(String word) {
        return table().has(self(), word);
    }

    default Set<String> words() {
        return table().set(self());
    }

    /** The class's words in the file's order (affix inventories are tried in it). */
    default List<String> list() {
        return table().list(self());
    }

    /** The one word of a single-word class (an affix, a lemma). */
    default String word() {
        return table().only(self());
    }

    /** Whether {@code text} starts with one of the class's words. */
    default boolean prefixes(String text) {
        return table().startsWithAny(self(), text);
    }

    /** Whether {@code text} ends with one of the class's words. */
    default boolean suffixes(String text) {
        return table().endsWithAny(self(), text);
    }

    /** Whether the character is one of the class's one-letter words. */
    default boolean isLetter(char c) {
        return table().has(self(), String.valueOf(c));
    }
}
