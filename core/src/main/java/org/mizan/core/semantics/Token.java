package org.mizan.core.semantics;

import java.util.List;
import org.mizan.core.Span;

/**
 * One word of a text: where it stands in the original (UTF-16 offsets, end exclusive), its folded form
 * ({@link org.mizan.core.text.ArabicFolding}) and the clitic-stripped forms it may stand for.
 *
 * @param bases the folded word and its readings without proclitics (و ف ب ل ك ال س) and pronoun
 *              suffixes, most literal first: "وبتوقيعه" gives وبتوقيعه, بتوقيعه, توقيعه, توقيع(ه)…
 */
public record Token(String text, int start, int end, String folded, List<String> bases) {

    public Token {
        bases = List.copyOf(bases);
    }

    public Span span() {
        return new Span(text, start, end);
    }

    public boolean isNumber() {
        return !folded.isEmpty() && Character.isDigit(folded.charAt(0));
    }

    /** True when one of the readings of this word is {@code foldedForm}. */
    public boolean reads(String foldedForm) {
        return bases.contains(foldedForm);
    }
}
