package org.mizan.web.feed;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.mizan.web.error.BadInputException;

/**
 * The one scheduled poller: every minute (mizan.feeds.check-every) it picks the feeds that are due and
 * polls them on a small pool of its own (mizan.feeds.concurrency threads), so a slow or failing site
 * holds one thread at most and never stops the other feeds.
 */
@ApplicationScoped
public class FeedPoller {

    private static final Logger LOG = Logger.getLogger(FeedPoller.class);

    @Inject
    FeedService feeds;
    @Inject
    FeedConfig config;

    private ExecutorService pool;
    /** Feeds queued or being polled by this poller: a feed waiting for a free thread is not queued twice. */
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void start() {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(Math.max(1, config.concurrency()), r -> {
            Thread t = new Thread(r, "mizan-feed-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    @Scheduled(identity = "feed-poller", every = "${mizan.feeds.check-every:60s}", delayed = "${mizan.feeds.first-check-after:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        pollDue(Instant.now());
    }

    /** Queues every feed due at {@code now} that is not being polled already; the futures end with each poll. */
    public List<Future<?>> pollDue(Instant now) {
        List<Future<?>> futures = new ArrayList<>();
        for (long id : feeds.due(now)) {
            if (feeds.isPolling(id) || !queued.add(id)) {
                continue;
            }
            futures.add(pool.submit(() -> {
                try {
                    feeds.poll(id);
                } catch (BadInputException busy) {
                    // Polled by hand at this very moment: that poll counts.
                } catch (RuntimeException e) {
                    LOG.error("polling feed " + id + " failed", e);
                } finally {
                    queued.remove(id);
                }
            }));
        }
        return futures;
    }
}
