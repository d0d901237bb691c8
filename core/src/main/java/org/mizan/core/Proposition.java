package org.mizan.core;

/**
 * One predication inside a claim's content: sign(حكومة فايز السراج, الاتفاق), affirmed.
 *
 * @param predicate a language-independent predicate key from the predicate lexicon ("sign", "leave")
 * @param evidence  the words that express the predicate and its polarity ("دون توقيع"), may be null
 */
public record Proposition(String subject, String predicate, String object, Polarity polarity,
                          Modality modality, Span evidence) {
}
