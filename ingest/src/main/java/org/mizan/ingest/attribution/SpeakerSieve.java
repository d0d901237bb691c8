package org.mizan.ingest.attribution;

import java.util.List;

/** One rule of the speaker sieve: it reads some kinds of cue and decides a speaker or passes. */
interface SpeakerSieve {

    /** Whether this rule applies to the cue's kind (source phrase, finite verb, participle). */
    boolean reads(Cue cue);

    /** The speaker this rule finds, or null to leave the cue to the next rule. */
    SpeakerAttributor.Attribution decide(Input in);

    /** A finite reporting verb: no source phrase, no participle. */
    static boolean finiteVerb(Cue cue) {
        return !cue.isPhrase() && !cue.isParticiple();
    }

    /** What every sieve reads: the sentence, the cue, the article's discourse and the shared slot readings. */
    record Input(String text, List<Token> tokens, Cue cue, SpeakerAttributor.Discourse discourse,
                 SpeakerAttributor slots) {

        /** The verb carries no و/ف: it may stand after its subject or mid-sentence. */
        boolean bare() {
            return tokens.get(cue.first()).conjunction().isEmpty();
        }

        /** The first position after the verb and its adverbs or resumptive pronouns. */
        int afterVerb() {
            return SpeakerAttributor.skipAdjuncts(tokens, cue.last() + 1);
        }
    }
}
