package org.mizan.web.compare;

/** The body of {@code POST /api/compare}: two claim texts. */
public record CompareRequest(String a, String b) {
}
