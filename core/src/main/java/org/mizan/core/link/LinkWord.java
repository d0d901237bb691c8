package org.mizan.core.link;

import org.mizan.core.text.WordClassEnum;
import org.mizan.core.text.WordTable;

/**
 * The closed classes of function words the linking rules consult, read from the hand-curated
 * {@code link-words-curated.tsv} (class, folded word). Code names a class, never a word.
 */
enum LinkWord implements WordClassEnum<LinkWord> {
    STOP_WORD, PROCLITIC_LETTER, PREDICATE_PREPOSITION;

    private static final WordTable<LinkWord> TABLE = WordTable.load(LinkWord.class, "link-words-curated.tsv");

    @Override
    public WordTable<LinkWord> table() {
        return TABLE;
    }
}
