package org.mizan.web.feed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.mizan.web.Columns;
import org.mizan.web.error.BadInputException;
import org.mizan.web.fetch.ArticleIntake;
import org.mizan.web.fetch.FetchException;
import org.mizan.web.fetch.FetchedPage;
import org.mizan.web.fetch.PageFetcher;

/**
 * The followed feeds: add, list, remove, and poll one — read the feed, then fetch and store each item
 * not stored yet through the {@link ArticleIntake}. A feed that cannot be read keeps its error and waits
 * longer before each retry (its interval doubled per failure in a row, at most a day); an item that fails
 * is counted and named, and the other items go on. Network work runs outside any transaction.
 */
@ApplicationScoped
public class FeedService {

    private static final Logger LOG = Logger.getLogger(FeedService.class);
    static final int MIN_MINUTES = 1;
    static final int MAX_MINUTES = 7 * 24 * 60;
    static final Duration MAX_BACKOFF = Duration.ofDays(1);

    @Inject
    ArticleIntake intake;
    @Inject
    FeedConfig config;

    /** Feeds being polled now: one poll per feed at a time. */
    private final Set<Long> polling = ConcurrentHashMap.newKeySet();

    public FeedView add(String url, String outlet, Integer everyMinutes) {
        URI uri = PageFetcher.parse(url);
        int minutes = everyMinutes == null ? 15 : everyMinutes;
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new BadInputException(422, "bad everyMinutes", "everyMinutes must be between " + MIN_MINUTES + " and " + MAX_MINUTES + ".");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            if (FeedEntity.count("url", uri.toString()) > 0) {
                throw new BadInputException(409, "feed exists", "Mizan already follows " + uri + ".");
            }
            FeedEntity feed = new FeedEntity();
            feed.url = Columns.clip(uri.toString(), 2000);
            feed.outlet = outlet == null || outlet.isBlank() ? null : Columns.clip(outlet.strip(), 300);
            feed.everyMinutes = minutes;
            feed.addedAt = Instant.now();
            feed.nextPollAt = feed.addedAt;
            feed.persist();
            return FeedView.of(feed);
        });
    }

    public List<FeedView> list() {
        return QuarkusTransaction.joiningExisting().call(() -> FeedEntity.<FeedEntity>listAll().stream()
                .sorted(java.util.Comparator.comparing((FeedEntity f) -> f.addedAt).thenComparing(f -> f.id))
                .map(FeedView::of).toList());
    }

    public Optional<FeedView> find(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> FeedEntity.<FeedEntity>findByIdOptional(id).map(FeedView::of));
    }

    public boolean delete(long id) {
        return QuarkusTransaction.requiringNew().call(() -> FeedEntity.deleteById(id));
    }

    /** Feeds whose next poll is due at {@code now}, soonest first. */
    List<Long> due(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> FeedEntity.<FeedEntity>list("nextPollAt <= ?1 order by nextPollAt", now)
                .stream().map(f -> f.id).toList());
    }

    public boolean isPolling(long id) {
        return polling.contains(id);
    }

    /**
     * Polls one feed now and answers how it stands after; empty when there is no such feed. Blocking
     * (network): call it from a worker thread. A 409 when this feed is being polled already.
     */
    public Optional<FeedView> poll(long id) {
        if (!polling.add(id)) {
            throw new BadInputException(409, "poll running", "This feed is being polled right now; try again shortly.");
        }
        try {
            Optional<FeedView> feed = find(id);
            if (feed.isEmpty()) {
                return feed;
            }
            List<String> items;
            try {
                FetchedPage page = intake.fetcher().fetch(feed.get().url(), PageFetcher.FEED_TYPES);
                items = FeedItems.links(page.body(), page.url(), config.maxItemsPerPoll());
            } catch (FetchException e) {
                return record(id, e.getMessage() + ": " + e.detail(), 0, null);
            }
            int stored = 0;
            int failed = 0;
            String firstError = null;
            for (String item : items) {
                try {
                    if (intake.fetchAndStore(item, feed.get().outlet(), "feed", "feed " + id).created()) {
                        stored++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                    if (firstError == null) {
                        firstError = item + ": " + (e instanceof BadInputException b ? b.detail() : e.toString());
                    }
                    if (!(e instanceof BadInputException)) {
                        LOG.warn("feed " + id + " item " + item + " failed", e);
                    }
                }
            }
            String itemErrors = failed == 0 ? null : failed + " of " + items.size() + " items failed; first: " + firstError;
            return record(id, null, stored, itemErrors);
        } finally {
            polling.remove(id);
        }
    }

    private Optional<FeedView> record(long id, String error, int stored, String itemErrors) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<FeedEntity> found = FeedEntity.findByIdOptional(id);
            found.ifPresent(f -> {
                Instant now = Instant.now();
                f.lastPolledAt = now;
                f.lastError = Columns.clip(error, 1000);
                f.lastItemErrors = Columns.clip(itemErrors, 1000);
                f.articlesStored += stored;
                f.failures = error == null ? 0 : f.failures + 1;
                f.nextPollAt = now.plus(wait(f.everyMinutes, f.failures));
            });
            return found.map(FeedView::of);
        });
    }

    /** The interval, doubled for each failure in a row up to {@link #MAX_BACKOFF} (never below the interval). */
    static Duration wait(int everyMinutes, int failures) {
        Duration interval = Duration.ofMinutes(everyMinutes);
        if (failures == 0) {
            return interval;
        }
        Duration backoff = interval.multipliedBy(1L << Math.min(failures, 20));
        return backoff.compareTo(MAX_BACKOFF) > 0 ? (interval.compareTo(MAX_BACKOFF) > 0 ? interval : MAX_BACKOFF) : backoff;
    }
}
