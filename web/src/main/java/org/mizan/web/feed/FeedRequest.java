package org.mizan.web.feed;

/** The body of {@code POST /api/feeds}; everyMinutes defaults to 15. */
public record FeedRequest(String url, String outlet, Integer everyMinutes) {
}
