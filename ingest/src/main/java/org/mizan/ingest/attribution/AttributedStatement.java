package org.mizan.ingest.attribution;

import org.mizan.core.Span;
import org.mizan.core.Speaker;

/** A reporting cue with its speaker and reported content, before dates, polarity and propositions. */
public record AttributedStatement(Span cue, Speaker speaker, Span content, Span sentence) {
}
