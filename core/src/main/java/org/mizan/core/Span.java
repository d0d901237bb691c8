package org.mizan.core;

import java.util.Objects;

/**
 * A piece of an original text: {@code text.substring(start, end)}, with UTF-16 offsets and an
 * exclusive end, exactly as the HTTP API reports them. Spans always point into the text as received,
 * never into a normalised copy.
 */
public record Span(String text, int start, int end) {

    public Span {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("span text length " + text.length() + " != " + (end - start));
        }
    }

    /** The span {@code [start, end)} of {@code source}. */
    public static Span of(String source, int start, int end) {
        return new Span(source.substring(start, end), start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
