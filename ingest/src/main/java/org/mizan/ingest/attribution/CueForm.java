package org.mizan.ingest.attribution;

import java.util.Set;

/**
 * One inflected form of a reporting verb from {@code cues.tsv}.
 *
 * @param lemma       the verb's citation form ("قال")
 * @param form        the folded inflected form without conjunction ("قالت")
 * @param type        past, present, participle, a source phrase or a verbal noun
 * @param agreement   m, f, pl or du: whom the form agrees with, for resolving dropped subjects
 * @param complements markers of which one must follow for the form to count; empty when the form is a
 *                    cue on its own ("ان" = أن/إن, ":" = colon or quote, or a preposition)
 */
public record CueForm(String lemma, String form, Type type, String agreement, Set<String> complements) {

    public enum Type { PAST, PRESENT, PARTICIPLE, PHRASE, NOUN }

    public boolean feminine() {
        return agreement.equals("f");
    }

    public boolean plural() {
        return agreement.equals("pl") || agreement.equals("du");
    }
}
