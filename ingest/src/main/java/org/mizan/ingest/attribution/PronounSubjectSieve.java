package org.mizan.ingest.attribution;

/**
 * A pronoun or honorific pronoun in the subject slot ("وقال هو إن", "وأكد معاليه"): the speaker is its
 * antecedent, resolved like a dropped subject ({@link AttributionRule#DROPPED_SUBJECT}).
 */
final class PronounSubjectSieve implements SpeakerSieve {

    @Override
    public boolean reads(Cue cue) {
        return SpeakerSieve.finiteVerb(cue);
    }

    @Override
    public SpeakerAttributor.Attribution decide(Input in) {
        int next = in.afterVerb();
        if (next < in.tokens().size() && WordClass.PRONOUN_SUBJECT.has(in.tokens().get(next).afterConjunction())) {
            return in.slots().implicit(in.cue(), in.discourse(), AttributionRule.DROPPED_SUBJECT);
        }
        return null;
    }
}
