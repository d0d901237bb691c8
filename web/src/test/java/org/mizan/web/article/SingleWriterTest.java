package org.mizan.web.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
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

    interface Work {
        java.util.concurrent.Callable<Long> of(int i);
    }

    /** Holds the writer with one write while {@code n} more queue behind it, then lets them all run. */
    private List<Future<Long>> queueBehindABlockedWrite(int n, Work work) throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Long> blocker = pool.submit(() -> single.write(() -> {
            holding.countDown();
            assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
            return -1L;
        }));
        assertThat(holding.await(60, TimeUnit.SECONDS)).isTrue();
        List<Future<Long>> queued = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            queued.add(pool.submit(() -> single.write(work.of(k))));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (single.queued() < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(single.queued()).isEqualTo(n);
        release.countDown();
        assertThat(blocker.get(60, TimeUnit.SECONDS)).isEqualTo(-1L);
        return queued;
    }

    private static long entries() {
        return AuditEntryEntity.count("actor", ACTOR);
    }
}
