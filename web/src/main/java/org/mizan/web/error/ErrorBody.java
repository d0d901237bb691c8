package org.mizan.web.error;

/** The JSON body of every API error: {@code {"error": "…", "detail": "…"}}. */
public record ErrorBody(String error, String detail) {
}
