package org.mizan.web.search;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.mizan.web.article.ArticleService.ArticleDeleted;
import org.mizan.web.article.ArticleService.ArticleStored;
import org.mizan.web.paging.ReadOnlyReads;

/**
 * Keeps this instance's index following the database. After an article is stored, re-analysed or deleted
 * and the transaction committed, a row goes into the change log (search_change); one thread per instance
 * reads the log past the sequence its index holds — at once after a local change, and every second for
 * changes other instances made — and indexes those articles again from the database, with what depends on
 * them (their claims' speakers, claims linked to them, their stories). Sequence numbers a slower
 * transaction has taken but not yet committed are looked at again for a minute. A missing index is
 * rebuilt from the database in the background; searches meanwhile see what is indexed so far.
 */
@ApplicationScoped
public class SearchFollower {

    private static final Logger LOG = Logger.getLogger(SearchFollower.class);
    static final int BATCH = 100;
    static final long GAP_WAIT_MILLIS = 60_000;

    @Inject
    SearchIndex index;
    @Inject
    Event<SearchUpdated> updated;

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mizan-search-follower");
        t.setDaemon(true);
        return t;
    });
    /** Sequence numbers below the highest seen that were not visible yet, with when they were first missed. */
    private final Map<Long, Long> gaps = new HashMap<>();
    private long seq;
    /** Changes committed by this instance (counted after commit), and how many of them the index holds. */
    private final AtomicLong localChanges = new AtomicLong();
    private volatile long caughtUpWith;
    private final AtomicBoolean wakeScheduled = new AtomicBoolean();
    static final long GATHER_MILLIS = 200;
    static final long LOCAL_WAIT_SECONDS = 10;

    /** Fired (synchronously, on the follower's thread) after the index took in changes: caches of pages drop theirs. */
    public record SearchUpdated(long sequence) {
    }

    void onStart(@Observes StartupEvent event) {
        thread.execute(this::startUp);
        thread.scheduleWithFixedDelay(this::catchUpQuietly, 1, 1, TimeUnit.SECONDS);
    }

    /** Lets the current batch finish (interrupting Lucene mid-write would close its files under it), then closes the index. */
    void onStop(@Observes ShutdownEvent event) {
        thread.shutdown();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.close();
    }

    /**
     * Notes, inside the write's own transaction, that an article changed: the change log commits with the
     * change itself, so no crash between the two can leave an instance's index behind for good.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void noteChanged(long articleId) {
        SearchChangeEntity c = new SearchChangeEntity();
        c.articleId = articleId;
        c.changedAt = Instant.now();
        Panache.getEntityManager().persist(c);
    }

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleStored event) {
        wake();
    }

    void onDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleDeleted event) {
        wake();
    }

    /** Notes a change in a transaction of its own, then indexes it soon (fixtures that write rows directly). */
    public void record(long articleId) {
        QuarkusTransaction.requiringNew().run(() -> noteChanged(articleId));
        wake();
    }

    /**
     * Catches up a little later, once for all the changes of that while: a write group's articles, and the
     * claims, speakers and stories they share, are indexed once in one batch rather than once per article.
     * A search does not wait for it (see {@link #awaitLocalChanges}).
     */
    private void wake() {
        localChanges.incrementAndGet();
        if (wakeScheduled.compareAndSet(false, true)) {
            try {
                thread.schedule(this::catchUpQuietly, GATHER_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // shutting down: the change is in the log, the next start takes it in
            }
        }
    }

    /**
     * Makes every change this instance committed before now searchable (a search right after a 201 finds
     * the article): at once when the index already holds them, else by catching up now, waiting at most
     * {@link #LOCAL_WAIT_SECONDS} (then the search answers with what is indexed).
     */
    public void awaitLocalChanges() {
        if (caughtUpWith >= localChanges.get()) {
            return;
        }
        try {
            thread.submit(this::catchUpQuietly).get(LOCAL_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            LOG.debug("search index: a search did not wait for the latest changes", e);
        }
    }

    /** Waits until every change committed so far is searchable (tests; an admin after a bulk load). */
    public void awaitCurrent() {
        try {
            thread.submit(this::catchUpQuietly).get(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the search index did not catch up", e);
        }
    }

    private void startUp() {
        try {
            if (index.needsRebuild() || !followsThisDatabase()) {
                rebuild();
            } else {
                seq = index.sequence();
                LOG.infof("search index: follows this database, up to date at change %d", seq);
            }
        } catch (Exception e) {
            LOG.error("search index: start-up failed; searches find nothing until it is rebuilt", e);
        }
    }

    /**
     * Whether the index on disk was built from this database: it holds no change the log does not have, and
     * as many articles as the database (a database replaced or restored under it is not followed, but rebuilt).
     */
    private boolean followsThisDatabase() {
        long[] db = QuarkusTransaction.requiringNew().call(() -> new long[] {
                Panache.getEntityManager().createQuery("select coalesce(max(c.seq), 0) from SearchChangeEntity c", Long.class).getSingleResult(),
                Panache.getEntityManager().createQuery("select count(a) from ArticleEntity a", Long.class).getSingleResult()});
        return index.sequence() <= db[0] && index.count(SearchType.ARTICLE) == db[1] - pendingArticles(index.sequence());
    }

    /** Articles stored after the index's last change: the catching up that follows will add them. */
    private static long pendingArticles(long since) {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createQuery("select count(distinct c.articleId) from SearchChangeEntity c where c.seq > :s and c.articleId in"
                        + " (select a.id from ArticleEntity a)", Long.class).setParameter("s", since).getSingleResult());
    }

    /** Every article, claim, speaker and story again, in batches; the log's position is taken first. */
    private void rebuild() throws IOException {
        long started = System.nanoTime();
        long upTo = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createQuery("select coalesce(max(c.seq), 0) from SearchChangeEntity c", Long.class).getSingleResult());
        index.deleteAll();
        int articles = rebuildAll("ArticleEntity", SearchDocuments::articles);
        rebuildAll("ClaimEntity", SearchDocuments::claims);
        rebuildAll("SpeakerEntity", SearchDocuments::speakers);
        rebuildAll("StoryEntity", SearchDocuments::stories);
        seq = upTo;
        index.written(seq);
        index.commit();
        LOG.infof("search index rebuilt from the database: %d articles in %.1f s", articles, (System.nanoTime() - started) / 1e9);
        updated.fire(new SearchUpdated(seq));
    }

    private int rebuildAll(String entity, Function<List<Long>, List<SearchDocuments.Doc>> docs) throws IOException {
        long after = 0;
        int n = 0;
        while (true) {
            long from = after;
            List<Long> batch = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                    .createQuery("select e.id from " + entity + " e where e.id > :after order by e.id", Long.class).setParameter("after", from)
                    .setMaxResults(BATCH * 5).getResultList());
            if (batch.isEmpty()) {
                return n;
            }
            index.write(List.of(), QuarkusTransaction.requiringNew().call(() -> {
                ReadOnlyReads.apply();
                return docs.apply(batch);
            }));
            after = batch.get(batch.size() - 1);
            n += batch.size();
        }
    }

    private void catchUpQuietly() {
        try {
            long noted = localChanges.get();
            wakeScheduled.set(false);
            catchUp();
            caughtUpWith = noted;
            index.commitIfDue();
        } catch (Exception e) {
            LOG.warn("search index: catching up with the change log failed; retried in a second", e);
        }
    }

    private void catchUp() throws IOException {
        while (true) {
            long now = System.currentTimeMillis();
            gaps.values().removeIf(first -> now - first > GAP_WAIT_MILLIS);
            List<Long> missed = List.copyOf(gaps.keySet());
            List<SearchChangeEntity> changes = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                    .createQuery("select c from SearchChangeEntity c where c.seq > :seq order by c.seq", SearchChangeEntity.class)
                    .setParameter("seq", seq).setMaxResults(BATCH).getResultList());
            if (!missed.isEmpty()) {
                changes = withGaps(changes, missed);
            }
            if (changes.isEmpty()) {
                return;
            }
            Set<Long> articles = new LinkedHashSet<>();
            long highest = seq;
            for (SearchChangeEntity c : changes) {
                articles.add(c.articleId);
                gaps.remove(c.seq);
                for (long s = highest + 1; s < c.seq && c.seq - highest < 1000; s++) {
                    gaps.putIfAbsent(s, now);
                }
                highest = Math.max(highest, c.seq);
            }
            apply(articles);
            seq = highest;
            index.written(seq);
            updated.fire(new SearchUpdated(seq));
            if (changes.size() < BATCH) {
                return;
            }
        }
    }

    /** These changes and those that have filled gaps since, in sequence order. */
    private List<SearchChangeEntity> withGaps(List<SearchChangeEntity> changes, List<Long> missed) {
        List<SearchChangeEntity> all = new ArrayList<>(changes);
        all.addAll(QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createQuery("select c from SearchChangeEntity c where c.seq in :gaps", SearchChangeEntity.class)
                .setParameter("gaps", missed).getResultList()));
        all.sort(Comparator.comparing(c -> c.seq));
        return all;
    }

    /** Indexes these articles again, or removes them, with everything that depends on them. */
    private void apply(Set<Long> articles) throws IOException {
        Set<Long> claims = new LinkedHashSet<>();
        Set<Long> stories = new LinkedHashSet<>();
        for (Long a : articles) {
            for (Map.Entry<SearchType, Long> dep : index.dependantsOf(a)) {
                (dep.getKey() == SearchType.CLAIM ? claims : stories).add(dep.getValue());
            }
        }
        List<SearchDocuments.Doc> docs = QuarkusTransaction.requiringNew().call(() -> {
            ReadOnlyReads.apply(); // no snapshots kept nor dirty-checked at commit: the follower only reads
            SearchDocuments.Related related = SearchDocuments.related(articles);
            claims.addAll(related.claims());
            stories.addAll(related.stories());
            List<SearchDocuments.Doc> out = new ArrayList<>(SearchDocuments.articles(articles));
            out.addAll(SearchDocuments.claims(claims));
            out.addAll(SearchDocuments.speakers(related.speakers()));
            out.addAll(SearchDocuments.stories(stories));
            return out;
        });
        index.write(List.copyOf(articles), docs);
    }
}
