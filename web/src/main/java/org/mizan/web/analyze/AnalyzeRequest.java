package org.mizan.web.analyze;

/** The body of {@code POST /api/analyze} and {@code POST /api/articles} (design/API.md). */
public record AnalyzeRequest(String text, String title, String publishedOn, String outlet, String url) {
}
