package org.mizan.web.fetch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How Mizan fetches pages and feeds from other sites (application.properties, prefix {@code mizan.fetch}). */
@ConfigMapping(prefix = "mizan.fetch")
public interface FetchConfig {

    /**
     * Whether loopback, private, link-local and other non-public addresses may be fetched (env
     * MIZAN_FETCH_ALLOW_PRIVATE_ADDRESSES). Off by default: the admin's URL must never reach the
     * machine's own services or the local network. Tests and closed networks turn it on.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    @WithDefault("5s")
    Duration connectTimeout();

    /** Longest silence while reading one response. */
    @WithDefault("10s")
    Duration readTimeout();

    /** The whole fetch, redirects included. */
    @WithDefault("30s")
    Duration deadline();

    /** Largest response body read; a longer one is abandoned mid-stream. */
    @WithDefault("5242880")
    int maxBytes();

    @WithDefault("5")
    int maxRedirects();

    @WithDefault("Mizan/1.0 (news fact-tracking; +https://github.com/mizan)")
    String userAgent();
}
