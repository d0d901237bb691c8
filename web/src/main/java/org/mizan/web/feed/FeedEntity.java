package org.mizan.web.feed;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** An RSS or Atom feed Mizan follows, with what its last polls did. */
@Entity
@Table(name = "feed", indexes = {@Index(name = "feed_url", columnList = "url", unique = true),
        @Index(name = "feed_next_poll", columnList = "nextPollAt")})
public class FeedEntity extends PanacheEntity {

    @Column(nullable = false, length = 2000)
    public String url;
    @Column(length = 300)
    public String outlet;
    public int everyMinutes;
    @Column(nullable = false)
    public Instant addedAt;

    public Instant lastPolledAt;
    /** Why the last poll failed (the feed could not be read), or null after a good poll. */
    @Column(length = 1000)
    public String lastError;
    /** Items of the last poll that could not be fetched or stored, with the first reason; null when none. */
    @Column(length = 1000)
    public String lastItemErrors;
    /** Polls failed in a row: the back-off doubles the wait with each. */
    public int failures;
    @Column(nullable = false)
    public Instant nextPollAt;
    /** Articles this feed brought in that were new to Mizan. */
    public int articlesStored;
}
