package org.mizan.ingest.attribution;

/**
 * The sieves that decide a speaker, in the order {@link SpeakerAttributor} tries them; the one that
 * decides is recorded as the claim's {@code speaker.rule} ({@link #label()}).
 */
public enum AttributionRule {
    /** The object of وفقا لـ / بحسب / نقلا عن. */
    SOURCE_PHRASE,
    /** The subject before the verb: after أن/إن, before a present verb, after كان/قد. */
    PRE_VERBAL_SUBJECT,
    /** The subject after the verb (VSO, the dominant news order). */
    POST_VERBAL_SUBJECT,
    /** "نقلت الوكالة عن فلان قوله": the one quoted, not the relaying outlet. */
    RELAYED_SOURCE,
    /** A definite description ("الوزير", "البيان") resolved to its antecedent. */
    DEFINITE_DESCRIPTION,
    /** A participle (مؤكدا) takes the subject of the verb governing it. */
    PARTICIPLE_GOVERNOR,
    /** A verb without a subject takes the latest speaker that agrees with it in gender and number. */
    DROPPED_SUBJECT,
    /** A verb without a subject and no agreeing antecedent: the latest speaker. */
    DROPPED_SUBJECT_FALLBACK,
    /** Nobody has spoken yet: the claim stands without a speaker. */
    UNRESOLVED;

    /** The name the API and the scorer show: lower case, words joined by '-'. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
