package org.mizan.ingest.proposition;

import org.mizan.core.text.WordClassEnum;
import org.mizan.core.text.WordTable;

/**
 * The closed classes of function words proposition extraction consults, read from the hand-curated
 * {@code proposition-words-curated.tsv} (class, word as written; folded on load). Code names a class,
 * never a word.
 */
enum PropositionWord implements WordClassEnum<PropositionWord> {
    PREPOSITION, PREPOSITION_PRONOUN, LEADING_PARTICLE, TIME_WORD, INNER_PREPOSITION, PRE_VERBAL_PARTICLE,
    NEGATION_WORD, CONJUNCTION, DEFINITE_PREFIX, GLUED_PREPOSITION_ARTICLE, CONJOINED_ARTICLE;

    private static final WordTable<PropositionWord> TABLE =
            WordTable.loadFolded(PropositionWord.class, "proposition-words-curated.tsv");

    @Override
    public WordTable<PropositionWord> table() {
        return TABLE;
    }
}
