package org.mizan.ingest.document;

/** The document stage's word lists, each loaded once. */
final class Lexicons {

    static final Lexicon LIST_HEADINGS = Lexicon.load("list-headings.txt");
    static final Lexicon TRAILER_MARKERS = Lexicon.load("trailer-markers.txt");
    static final Lexicon TAG_MARKERS = Lexicon.load("tag-markers.txt");
    static final Lexicon SOURCE_MARKERS = Lexicon.load("source-markers.txt");
    static final Lexicon SHARE_WORDS = Lexicon.load("share-words.txt");
    static final Lexicon BYLINES = Lexicon.load("bylines.txt");
    static final Lexicon ABBREVIATIONS = Lexicon.load("abbreviations.txt");

    private Lexicons() {
    }
}
