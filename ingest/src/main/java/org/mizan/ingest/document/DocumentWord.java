package org.mizan.ingest.document;

import org.mizan.core.text.WordClassEnum;
import org.mizan.core.text.WordTable;

/**
 * The closed classes of words and letters the document reader consults, read from the hand-curated
 * {@code document-words-curated.tsv} (class, folded word). Code names a class, never a word.
 */
enum DocumentWord implements WordClassEnum<DocumentWord> {
    RELAY_PREPOSITION, TRANSLATION_MARKER, STAFF_CREDIT, CONJUNCTION, BYLINE_OPENER, BYLINE_FROM, DAY_PERIOD_MARK,
    PERSO_URDU_LETTER;

    private static final WordTable<DocumentWord> TABLE =
            WordTable.load(DocumentWord.class, "document-words-curated.tsv");

    @Override
    public WordTable<DocumentWord> table() {
        return TABLE;
    }
}
