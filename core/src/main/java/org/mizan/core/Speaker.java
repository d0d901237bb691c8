package org.mizan.core;

/**
 * Who made a statement.
 *
 * @param name      canonical name of the entity within its article ("فايز السراج")
 * @param mention   the words the text uses here, or for an implicit speaker the antecedent's mention
 * @param span      where the mention stands in the text; null when the speaker is implicit
 * @param kind      person, organisation, group, anonymous source, document, other
 * @param role      title or role ("وزير الخارجية الروسي"), null if the text gives none
 * @param implicit  true for pro-drop verbs, participial cues and pronoun suffixes
 * @param rule      the attribution rule (sieve) that decided this speaker, for explanation and debugging
 */
public record Speaker(String name, String mention, Span span, SpeakerKind kind, String role,
                      boolean implicit, String rule) {
}
