package org.mizan.web.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How feeds are polled (application.properties, prefix {@code mizan.feeds}). */
@ConfigMapping(prefix = "mizan.feeds")
public interface FeedConfig {

    /** How often the poller looks for due feeds (a Quarkus duration like "60s"; "off" stops it). */
    @WithDefault("60s")
    String checkEvery();

    /** The first look after start-up. */
    @WithDefault("30s")
    String firstCheckAfter();

    /** Feeds polled at the same time. */
    @WithDefault("2")
    int concurrency();

    /** Items read from one feed per poll, in feed order (newest first in practice). */
    @WithDefault("50")
    int maxItemsPerPoll();
}
