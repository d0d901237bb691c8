package org.mizan.core.link;

import org.mizan.core.Span;

/** The words on one side of a comparison that decided it; the span points into that side's text. */
public record Evidence(Side side, Span span) {

    public enum Side { A, B }
}
