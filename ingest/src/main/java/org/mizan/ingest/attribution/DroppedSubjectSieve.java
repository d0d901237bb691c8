package org.mizan.ingest.attribution;

/**
 * The last rule: a verb or participle without subject takes the latest speaker that agrees with it in
 * gender and number ({@link AttributionRule#DROPPED_SUBJECT}), else the latest speaker
 * ({@link AttributionRule#DROPPED_SUBJECT_FALLBACK}), else none ({@link AttributionRule#UNRESOLVED}).
 */
final class DroppedSubjectSieve implements SpeakerSieve {

    @Override
    public boolean reads(Cue cue) {
        return !cue.isPhrase();
    }

    @Override
    public SpeakerAttributor.Attribution decide(Input in) {
        return in.slots().implicit(in.cue(), in.discourse(), AttributionRule.DROPPED_SUBJECT);
    }
}
