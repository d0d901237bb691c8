package org.mizan.ingest.attribution;

/**
 * A verb mid-sentence without و/ف and without a subject ("إذ وصفها", "التي أكد فيها"): the titled person
 * or organisation just named in the sentence, if it agrees ({@link AttributionRule#DROPPED_SUBJECT}).
 */
final class NamedInSentenceSieve implements SpeakerSieve {

    @Override
    public boolean reads(Cue cue) {
        return SpeakerSieve.finiteVerb(cue);
    }

    @Override
    public SpeakerAttributor.Attribution decide(Input in) {
        if (!in.bare() || in.cue().first() == 0) {
            return null;
        }
        Entity named = in.discourse().namedBefore(in.cue().first());
        if (named == null || !SpeakerAttributor.Discourse.agrees(named, in.cue().form())) {
            return null;
        }
        in.discourse().spoke(named);
        return new SpeakerAttributor.Attribution(named, null, AttributionRule.DROPPED_SUBJECT, true);
    }
}
