package org.mizan.core.semantics;

import org.mizan.core.text.WordClassEnum;
import org.mizan.core.text.WordTable;

/**
 * The closed classes of function words and verb affixes the clause, predicate and negation rules consult,
 * read from the hand-curated {@code semantic-words-curated.tsv} (class, word as written; folded on load).
 * Code names a class, never a word.
 */
enum SemanticWord implements WordClassEnum<SemanticWord> {
    COMPLEMENTISER, COPULA, NEGATOR, PRIVATIVE, DETACHED_PRIVATIVE, CLAUSE_HEAD, NOT_VERB, CONJUNCTION,
    THIRD_MASCULINE_PREFIX, FUTURE_THIRD_MASCULINE, FUTURE_THIRD_FEMININE, NEGATOR_MA, ABSOLUTE_NEGATOR,
    ATTRIBUTIVE_NEGATOR, BELOW, MA_NEGATES_BEFORE, PREPOSITION_LETTER, CLITIC_LETTER, DEFINITE_PREFIX,
    SHORT_ARTICLE, LONG_ARTICLE, PAST_SUFFIX, PRESENT_PREFIX, PRESENT_SUFFIX, PAST_PERSON_PREFIX_EXCLUDED,
    WEAK_FINAL, CONSONANT_SUFFIX_START, TOKENIZER_CONJUNCTION, TOKENIZER_PREFIX, TOKENIZER_SUFFIX;

    private static final WordTable<SemanticWord> TABLE =
            WordTable.loadFolded(SemanticWord.class, "semantic-words-curated.tsv");

    @Override
    public WordTable<SemanticWord> table() {
        return TABLE;
    }
}
