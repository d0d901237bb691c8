package org.mizan.web.feed;

import java.time.Instant;

/** A followed feed as the API and the admin page show it. */
public record FeedView(long id, String url, String outlet, int everyMinutes, Instant addedAt, Instant lastPolledAt,
                       String lastError, String lastItemErrors, int failures, Instant nextPollAt, int articlesStored) {

    static FeedView of(FeedEntity f) {
        return new FeedView(f.id, f.url, f.outlet, f.everyMinutes, f.addedAt, f.lastPolledAt, f.lastError,
                f.lastItemErrors, f.failures, f.nextPollAt, f.articlesStored);
    }
}
