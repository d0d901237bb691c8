package org.mizan.ingest.proposition;

import java.util.List;
import org.mizan.core.Proposition;
import org.mizan.core.Span;
import org.mizan.core.Speaker;

/** Subject, predicate, object, polarity and modality of the predications in a claim's content. */
public final class PropositionExtractor {

    public List<Proposition> extract(String text, Span content, Speaker speaker) {
        return List.of();
    }
}
