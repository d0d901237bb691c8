package org.mizan.core.stance;

import java.util.List;
import org.mizan.core.semantics.Negator;
import org.mizan.core.semantics.Token;

/**
 * A content word of a claim, with the keys it is compared on.
 *
 * @param index    position among the claim's tokens
 * @param stem     light stem (ArabicFolding.stem)
 * @param skeleton the stem without its derivational prefix and long vowels (يرتفع, ارتفاع -> رتفع)
 * @param readingStems light stems of the word's clitic-stripped readings (لتنظيم -> تنظيم), which
 *                 Lucene's stemmer, stripping only ال/لل/و/ب/ك/ف combinations, may miss
 * @param keys     predicate keys the word stands for (empty when none)
 * @param negatedBy  the negator whose scope holds the word, or null
 * @param numberWord a number written as a word (ثلاثة), its value in {@code stem}
 * @param synonymGroups the synonym groups any reading of the word belongs to (read once per word: a pair
 *                 of texts compares every word of one with every word of the other)
 */
public record ContentWord(Token token, int index, String stem, String skeleton, java.util.Set<String> readingStems,
                   List<String> keys, Negator negatedBy, boolean numberWord, java.util.Set<Integer> synonymGroups) {

    public boolean isNumber() {
        return token.isNumber() || numberWord;
    }

    public boolean negated() {
        return negatedBy != null;
    }
}
