package org.mizan.core.link;

import org.mizan.core.stance.PairAnalysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Index keys under which reprints of one statement meet, whoever the parser took for their speaker: a
 * min-hash signature of the content's word pairs (light stems, function words left out). Two reports
 * of one wire sentence share most pairs, so they share at least one of the {@value #HASHES} minima
 * with near certainty; two different statements almost never do. The candidates found this way are
 * then compared word by word ({@link PairAnalysis}) before any link is made.
 */
final class ReportKeys {

    static final int HASHES = 4;
    /** Every key of a content's wording opens with this (a speaker's identity keys never do). */
    static final String PREFIX = "r";
    /** Contents with fewer content words are too short to be told apart from boilerplate. */
    static final int MIN_WORDS = 6;
    /** How many opening content words make the opening key. */
    static final int OPENING = 5;

    private ReportKeys() {
    }

    /**
     * How many min-hashes of the content's single words are filed under each identity key of its speaker:
     * one speaker's paraphrase of his own statement shares a third or more of its words but few word pairs,
     * and a busy speaker's newest claims (the speaker key's cap) are not always the ones it paraphrases.
     * Two claims share such a key with the probability that a word drawn from the union of their words is
     * on both sides, so a paraphrase sharing a third of its words meets in four hashes about four times in
     * five; the keys are narrow (one speaker, one word), so they add few candidates.
     */
    static final int SPEAKER_WORD_HASHES = 4;

    /** The keys of a content's wording, and of its words under the speaker's identity keys (may be empty). */
    static Set<String> of(String content, Set<String> speakerKeys) {
        Set<String> out = new LinkedHashSet<>();
        if (content == null || content.isBlank()) {
            return out;
        }
        List<String> stems = PairAnalysis.contentStems(content);
        if (stems.size() < MIN_WORDS) {
            return out;
        }
        for (int h = 0; h < SPEAKER_WORD_HASHES && !speakerKeys.isEmpty(); h++) {
            long min = Long.MAX_VALUE;
            String arg = null;
            for (String stem : stems) {
                String word = PairAnalysis.skeleton(stem); // رفضا، رفض: one word however it ends
                long v = LinkIndex.hash(h + "|" + word);
                if (v < min) {
                    min = v;
                    arg = word;
                }
            }
            for (String speaker : speakerKeys) {
                out.add(PREFIX + "s" + h + ":" + speaker + " " + arg);
            }
        }
        for (int h = 0; h < HASHES; h++) {
            long min = Long.MAX_VALUE;
            String arg = null;
            for (int i = 0; i + 1 < stems.size(); i++) {
                String pair = stems.get(i) + " " + stems.get(i + 1);
                long v = LinkIndex.hash(h + "|" + pair);
                if (v < min) {
                    min = v;
                    arg = pair;
                }
            }
            out.add(PREFIX + h + ":" + arg);
        }
        // Rarer keys, so that a statement repeated among many alike (a flood of condolences sharing
        // their word pairs) still meets its reprint: the whole wording, and its opening words (a reprint
        // cut short or extended at its end).
        out.add(PREFIX + "w:" + Long.toHexString(LinkIndex.hash(String.join(" ", stems))));
        out.add(PREFIX + "o:" + String.join(" ", stems.subList(0, OPENING)));
        return out;
    }
}
