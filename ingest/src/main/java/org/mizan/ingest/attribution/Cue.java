package org.mizan.ingest.attribution;

import org.mizan.core.Span;

/**
 * A reporting cue found in a sentence.
 *
 * @param first  sentence-local index of the first token of the cue
 * @param last   sentence-local index of the last token of the cue (a phrase cue spans several)
 * @param span   the cue in the original text
 * @param form   the lexicon entry (for phrases a synthetic PHRASE entry)
 */
public record Cue(int first, int last, Span span, CueForm form) {

    public boolean isPhrase() {
        return form.type() == CueForm.Type.PHRASE;
    }

    public boolean isParticiple() {
        return form.type() == CueForm.Type.PARTICIPLE;
    }
}
