package org.mizan.ingest.time;

import org.mizan.core.text.WordClassEnum;
import org.mizan.core.text.WordTable;

/**
 * The closed classes of function words the time tagger and the statement dater consult, read from the
 * hand-curated {@code time-words-curated.tsv} (class, folded word). Code names a class, never a word.
 */
enum TimeWord implements WordClassEnum<TimeWord> {
    PROCLITIC, CONJUNCTION, CLITIC_LETTER, DAY_DEICTIC, DAY_NOUN, TEEN_TEN, SERVANT_OF, CORRESPONDING,
    DEMONSTRATIVE, DEMONSTRATIVE_MASCULINE, RANGE_LINK, OF, MONTH_NOUN, YEAR_NOUN, YEAR_NOUN_AFTER_MONTH,
    ERA_MARK, HIJRI_MARK, RELATIVE_PRONOUN, COMPLEMENTISER, COMPLEMENTISER_HU, COMPLEMENTISER_CLITIC, CLAUSE_LEAD,
    OCCASION_OPENER, RELATIVE_WHAT, DATELINE_PREPOSITION_WRITTEN;

    private static final WordTable<TimeWord> TABLE = WordTable.load(TimeWord.class, "time-words-curated.tsv");

    @Override
    public WordTable<TimeWord> table() {
        return TABLE;
    }
}
