package org.mizan.web.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The organisation that publishes Mizan's editor reviews: the {@code author} of every schema.org
 * ClaimReview ({@code mizan.publisher.name}, {@code mizan.publisher.url}; the url defaults to mizan.public-url).
 */
@ConfigMapping(prefix = "mizan.publisher")
public interface PublisherConfig {

    @WithDefault("Mizan")
    String name();

    Optional<String> url();
}
