package org.mizan.core;

/**
 * A time expression in the text and its normalised value: {@code YYYY-MM-DD}, {@code YYYY-MM},
 * {@code YYYY} or {@code YYYY-Www}, resolved against the publication date. Value is null when the
 * expression cannot be resolved (no anchor).
 */
public record TimeExpression(Span span, String value) {
}
