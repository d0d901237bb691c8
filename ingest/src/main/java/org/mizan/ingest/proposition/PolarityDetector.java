package org.mizan.ingest.proposition;

import org.mizan.core.Polarity;
import org.mizan.core.Span;

/** Whether a claim affirms or denies what it reports: negators scoped to their clause, and negative cues (نفى). */
public final class PolarityDetector {

    public Polarity polarity(String text, Span cue, Span content) {
        return Polarity.AFFIRMED;
    }
}
