package org.mizan.ingest.attribution;

import org.mizan.core.Span;
import org.mizan.core.SpeakerKind;

/**
 * A noun phrase that names a speaker, as written.
 *
 * @param first        sentence-local index of its first token
 * @param last         sentence-local index of its last token
 * @param span         the mention in the original text (may include an appositive relative clause)
 * @param name         the name inside it ("سيرغي لافروف"), or the whole phrase for organisations and
 *                     sources; null for a bare description ("الوزير")
 * @param role         the title or role words ("وزير الخارجية الروسي"), null if none
 * @param head         the folded head word that decides the kind ("وزير", "وزاره", "مصادر")
 * @param kind         person, organisation, group, anonymous, document, other
 * @param feminine     grammatical gender where the words show it
 * @param plural       a plural or dual speaker
 * @param description  a definite description without a name ("الوزير", "البيان"): refers back
 */
public record Mention(int first, int last, Span span, String name, String role, String head, SpeakerKind kind,
                      boolean feminine, boolean plural, boolean description) {
}
