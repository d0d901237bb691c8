package org.mizan.core.identity;

import org.mizan.core.text.WordClassEnum;
import org.mizan.core.text.WordTable;

/**
 * The closed classes of words, endings and word patterns the identity rules consult, read from the
 * hand-curated {@code identity-words-curated.tsv} (class, word as written; folded on load). Code names a
 * class, never a word.
 */
enum IdentityWord implements WordClassEnum<IdentityWord> {
    NEGATING_NOUN, CONJUNCTION, ADVERB, POSSESSIVE_SUFFIX, ARTICLE_CLITIC, WA_OR_BI, VERBAL_NOUN_PATTERN, ROOT_SLOT,
    PRESENT_PREFIX, LEADER_HEAD, GROUP_FILLER, NON_BODY, ADJECTIVE_ENDING, DOCTOR_ABBREVIATION, SHARED_NAME_PART,
    ROLE_FILLER, SOUND_FROM, SOUND_TO, LONG_VOWEL, PROCLITIC_LETTER;

    private static final WordTable<IdentityWord> TABLE =
            WordTable.loadFolded(IdentityWord.class, "identity-words-curated.tsv");

    @Override
    public WordTable<IdentityWord> table() {
        return TABLE;
    }

    /**
     * Whether {@code folded} has the shape of one of this class's patterns, written with the root
     * letters of {@link #ROOT_SLOT} (فعل) where any letter stands: a root letter opening the word is
     * never a present-verb prefix (يقول is no فعول).
     */
    boolean shapes(String folded) {
        for (String pattern : TABLE.list(this)) {
            if (fits(folded, pattern)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(String w, String pattern) {
        if (w.length() != pattern.length()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            boolean slot = ROOT_SLOT.isLetter(pattern.charAt(i));
            if (!slot && w.charAt(i) != pattern.charAt(i) || slot && i == 0 && PRESENT_PREFIX.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
