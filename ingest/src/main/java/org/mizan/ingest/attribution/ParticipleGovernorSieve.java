package org.mizan.ingest.attribution;

/**
 * {@link AttributionRule#PARTICIPLE_GOVERNOR}: a participle (مؤكدا، مشيرة) takes the subject of the verb
 * that governs it, or else the agreeing person or organisation just named in the sentence.
 */
final class ParticipleGovernorSieve implements SpeakerSieve {

    @Override
    public boolean reads(Cue cue) {
        return cue.isParticiple();
    }

    @Override
    public SpeakerAttributor.Attribution decide(Input in) {
        SpeakerAttributor.Discourse d = in.discourse();
        Cue cue = in.cue();
        Entity governor = d.governorBefore(cue.first(), cue.form());
        if (governor != null) {
            return new SpeakerAttributor.Attribution(governor, null, AttributionRule.PARTICIPLE_GOVERNOR, true);
        }
        Entity named = d.namedBefore(cue.first());
        if (named != null && SpeakerAttributor.Discourse.agrees(named, cue.form())) {
            d.spoke(named);
            return new SpeakerAttributor.Attribution(named, null, AttributionRule.PARTICIPLE_GOVERNOR, true);
        }
        return null;
    }
}
