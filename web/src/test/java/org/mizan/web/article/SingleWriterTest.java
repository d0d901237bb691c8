package org.mizan.web.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mizan.web.admin.AdminSession;
import org.mizan.web.admin.AuditEntryEntity;
import org.mizan.web.admin.AuditEntryEntity.Action;
import org.mizan.web.admin.AuditLog;

/**
 * Group commit: writes queued while another holds the writer run together in its next transaction, each
 * seeing the ones before it; one failing write fails its own caller only, and the others are committed.
 */
@QuarkusTest
@TestProfile(WritePathProfile.class)
class SingleWriterTest {

    private static final String ACTOR = "single-writer-test";

    @Inject
    SingleWriter single;
    @Inject
    AuditLog audit;
    @Inject
    TransactionSynchronizationRegistry registry;

    private final ExecutorService pool = Executors.newFixedThreadPool(6);

    @AfterEach
    void cleanUp() {
        pool.shutdownNow();
        QuarkusTransaction.requiringNew().run(() -> AuditEntryEntity.delete("actor like ?1", ACTOR + "%"));
    }

    @Test
    void writesQueuedBehindAnotherShareOneTransactionAndEachSeesTheEarlierOnes() throws Exception {
        Set<Object> transactions = ConcurrentHashMap.newKeySet();
        AtomicInteger ran = new AtomicInteger();
        List<Future<Long>> queued = queueBehindABlockedWrite(5, i -> () -> {
            long seen = entries();
            assertThat(seen).isEqualTo(ran.getAndIncrement());
            audit.record(ACTOR, Action.UPLOAD, (long) i, "t", "d");
            transactions.add(registry.getTransactionKey());
            return seen;
        });

        List<Long> seen = new ArrayList<>();
        for (Future<Long> f : queued) {
            seen.add(f.get(60, TimeUnit.SECONDS));
        }
        assertThat(seen).containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L);
        assertThat(transactions).hasSize(1);
        assertThat(QuarkusTransaction.requiringNew().call(SingleWriterTest::entries)).isEqualTo(5);
    }

    @Test
    void aFailingWriteInAGroupFailsItsOwnCallerOnly() throws Exception {
        List<Future<Long>> queued = queueBehindABlockedWrite(5, i -> () -> {
            audit.record(ACTOR, Action.UPLOAD, (long) i, "t", "d");
            if (i == 2) {
                throw new IllegalArgumentException("write 2 refuses");
            }
            return (long) i;
        });

        for (int i = 0; i < queued.size(); i++) {
            Future<Long> f = queued.get(i);
            if (i == 2) {
                assertThatThrownBy(() -> f.get(60, TimeUnit.SECONDS)).hasRootCauseInstanceOf(IllegalArgumentException.class);
            } else {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(i);
            }
        }
        List<Long> stored = QuarkusTransaction.requiringNew().call(() -> AuditEntryEntity.<AuditEntryEntity>list("actor", ACTOR)
                .stream().map(e -> e.articleId).sorted().toList());
        assertThat(stored).containsExactly(0L, 1L, 3L, 4L);
    }

    @Test
    void eachWriteOfAGroupReadsTheRowsAnEarlierOneChangedAndHoldsNoneOfItsObjects() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> audit.record(ACTOR, Action.UPLOAD, -1L, "t", ""));
        List<AuditEntryEntity> handled = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Future<Long>> queued = queueBehindABlockedWrite(5, i -> () -> {
            AuditEntryEntity shared = AuditEntryEntity.find("actor", ACTOR).firstResult();
            assertThat(handled).as("objects of the group's earlier writes").noneMatch(AuditEntryEntity.getEntityManager()::contains);
            shared.detail = shared.detail + i;
            handled.add(shared);
            return (long) i;
        });
        for (Future<Long> f : queued) {
            f.get(60, TimeUnit.SECONDS);
        }
        assertThat(handled).hasSize(5);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntryEntity.<AuditEntryEntity>find("actor", ACTOR).firstResult().detail))
                .as("every write's change to the one row, none lost").hasSize(5).contains("0", "1", "2", "3", "4");
    }

    @Test
    void aWriteThatDoesNotGetItsTurnByItsDeadlineIsRefusedAndNeverRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Future<Long> blocker = holdTheWriter(release);
        AtomicInteger ran = new AtomicInteger();
        assertThatThrownBy(() -> single.write(() -> (long) ran.incrementAndGet(), System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200)))
                .isInstanceOf(WriterBusyException.class);
        assertThat(single.queued()).isZero();
        release.countDown();
        assertThat(blocker.get(60, TimeUnit.SECONDS)).isEqualTo(-1L);
        assertThat(ran).hasValue(0);
        // The writer is not left in a bad state: the next write runs.
        assertThat(single.write(() -> (long) ran.incrementAndGet())).isEqualTo(1L);
    }

    @Test
    void withTheQueueFullAnUploadIsAnswered503WithRetryAfterAndTheQueuedWritesStillRun() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Future<Long> blocker = holdTheWriter(release);
        ExecutorService many = Executors.newFixedThreadPool(SingleWriter.MAX_QUEUED);
        try {
            List<Future<Long>> queued = new ArrayList<>();
            for (int i = 0; i < SingleWriter.MAX_QUEUED; i++) {
                long k = i;
                queued.add(many.submit(() -> single.write(() -> k, Long.MAX_VALUE)));
            }
            awaitQueued(SingleWriter.MAX_QUEUED);
            long stored = QuarkusTransaction.requiringNew().call(() -> ArticleEntity.count());

            AdminSession.api().contentType(ContentType.JSON)
                    .body(Map.of("text", "قال المتحدث باسم البلدية إن الطريق الجديد يفتح للسير في الربيع المقبل.", "title", "طريق"))
                    .post("/api/articles")
                    .then().statusCode(503).header("Retry-After", "2").body("error", equalTo("busy"));
            assertThat(QuarkusTransaction.requiringNew().call(() -> ArticleEntity.count())).isEqualTo(stored);

            release.countDown();
            assertThat(blocker.get(60, TimeUnit.SECONDS)).isEqualTo(-1L);
            for (int i = 0; i < queued.size(); i++) {
                assertThat(queued.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(i);
            }
        } finally {
            release.countDown();
            many.shutdownNow();
        }
    }

    /** Holds the writer with one write until {@code release}. */
    private Future<Long> holdTheWriter(CountDownLatch release) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        Future<Long> blocker = pool.submit(() -> single.write(() -> {
            holding.countDown();
            assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
            return -1L;
        }, Long.MAX_VALUE));
        assertThat(holding.await(60, TimeUnit.SECONDS)).isTrue();
        return blocker;
    }

    private void awaitQueued(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (single.queued() < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(single.queued()).isEqualTo(n);
    }

    interface Work {
        java.util.concurrent.Callable<Long> of(int i);
    }

    /** Holds the writer with one write while {@code n} more queue behind it, then lets them all run. */
    private List<Future<Long>> queueBehindABlockedWrite(int n, Work work) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Future<Long> blocker = holdTheWriter(release);
        List<Future<Long>> queued = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            queued.add(pool.submit(() -> single.write(work.of(k))));
        }
        awaitQueued(n);
        release.countDown();
        assertThat(blocker.get(60, TimeUnit.SECONDS)).isEqualTo(-1L);
        return queued;
    }

    private static long entries() {
        return AuditEntryEntity.count("actor", ACTOR);
    }
}
