package org.mizan.ingest.attribution;

import org.mizan.core.text.Affix;

/**
 * One word or punctuation mark of a sentence, with its place in the original text and its clitic
 * analysis: {@code conjunction + prefix + stem + suffix} is the folded form.
 *
 * @param index       position in the token list of its document
 * @param start       offset of the first character in the original text
 * @param end         exclusive end offset in the original text
 * @param text        the original characters
 * @param folded      the folded form ({@link org.mizan.core.text.ArabicFolding})
 * @param conjunction و or ف when one was split off, else empty
 * @param prefix      prepositions and article split off after the conjunction (ب، ل، ك، ال، لل، بال...)
 * @param stem        what remains for lexicon lookups
 * @param suffix      a pronoun suffix split off (ه، ها، هم...), else empty
 * @param punctuation true for punctuation marks (folded is the mark itself)
 */
public record Token(int index, int start, int end, String text, String folded, String conjunction, String prefix,
                    String stem, String suffix, boolean punctuation) {

    /** The original letters without diacritics and tatweel: where ة and ه, ى and ي still differ. */
    public String letters() {
        StringBuilder b = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            if (org.mizan.core.text.ArabicFolding.fold(text.charAt(k)) != '\0') {
                b.append(text.charAt(k));
            }
        }
        return b.toString();
    }

    /** The folded form without the conjunction: the key for cue and boundary lookups. */
    public String afterConjunction() {
        return folded.substring(conjunction.length());
    }

    public boolean definite() {
        return prefix.endsWith(Affix.DEFINITE_ARTICLE.word()) || prefix.equals(Affix.LAM_ARTICLE.word());
    }

    /** A preposition (ب، ل، ك) is attached before the stem. */
    public boolean prepositional() {
        return !prefix.isEmpty() && !prefix.equals(Affix.DEFINITE_ARTICLE.word());
    }

    public boolean isComma() {
        return punctuation && (folded.equals(",") || folded.equals(";"));
    }

    public boolean isColon() {
        return punctuation && folded.equals(":");
    }

    public boolean isQuote() {
        return punctuation && "«»“”\"„‘’'".contains(folded);
    }

    public boolean isOpeningQuote() {
        return punctuation && "«“\"„‘'".contains(folded);
    }

    public boolean isSentenceEnd() {
        return punctuation && ".!?…".contains(folded);
    }

    public boolean isDash() {
        return punctuation && "-–—".contains(folded);
    }

    public boolean isBracket() {
        return punctuation && "()[]".contains(folded);
    }
}
