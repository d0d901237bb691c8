package org.mizan.web.fetch;

/** The body of {@code POST /api/articles/fetch}: the page's address, and the outlet when the admin knows it. */
public record FetchRequest(String url, String outlet) {
}
