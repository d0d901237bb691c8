package org.mizan.core.link;

import org.mizan.core.text.WordClassEnum;
import org.mizan.core.text.WordTable;

/**
 * The Arabic words and fixed phrases link reasons are written with (verdicts, "according to", "on the
 * part of", yes and no), read from the hand-curated {@code reason-words-curated.tsv}; the English twins
 * stay beside the code that writes them. Code names a phrase, never spells it.
 */
enum ReasonWord implements WordClassEnum<ReasonWord> {
    SAME_STATEMENT, SAYS_THE_SAME, WORDS_SHARED, CONFLICT, REVERSAL, SAID_BOTH, AGREEMENT, CONTRAST, ACCORDING_TO,
    AND, NOT, ON_THE_PART_OF, YES, NO, ASSOCIATED_PARTIES, WITHIN, UNKNOWN_SOURCE;

    private static final WordTable<ReasonWord> TABLE = WordTable.load(ReasonWord.class, "reason-words-curated.tsv");

    @Override
    public WordTable<ReasonWord> table() {
        return TABLE;
    }
}
