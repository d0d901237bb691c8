package org.mizan.core.semantics;

import java.util.List;

/**
 * A predicate of the lexicon found in a token list.
 *
 * @param keys   the predicate keys the words can stand for, most likely first
 * @param first  index of the first token
 * @param end    index after the last token
 * @param verbal true for a finite verb form, false for a verbal noun, participle or fixed phrase
 */
public record PredicateMention(List<String> keys, int first, int end, boolean verbal) {

    public PredicateMention {
        keys = List.copyOf(keys);
    }

    public String key() {
        return keys.get(0);
    }
}
