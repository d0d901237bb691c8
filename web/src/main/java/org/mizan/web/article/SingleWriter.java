package org.mizan.web.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;
import org.mizan.web.MizanConfig;

/**
 * Runs the corpus's writes one at a time, each in its own transaction, the lock held until the commit is
 * done: in this process by a fair lock, across processes sharing a PostgreSQL database by a
 * transaction-level advisory lock (released by the commit or rollback itself). Linking and clustering read
 * what earlier writes committed, so two writes in flight at once would each miss the other's claims and
 * race on the same story and speaker rows.
 */
@ApplicationScoped
public class SingleWriter {

    /** The advisory lock's key: any constant shared by every Mizan process on one database ("MIZAN"). */
    static final long ADVISORY_KEY = 0x4D495A414EL;

    /**
     * A write's transaction timeout: a write normally takes milliseconds, but one that first rebuilds the
     * in-memory linking index (after a rollback, or another process's write) reads the whole corpus, and a
     * timeout's interrupt would close H2's file under it.
     */
    public static final int TIMEOUT_SECONDS = 3600;

    private static final Logger LOG = Logger.getLogger(SingleWriter.class);
    private static final int REPORT_EVERY = 500;
    /** The writer's own CPU time, which other work on the machine disturbs less than its wall time. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final ReentrantLock lock = new ReentrantLock(true);
    /** At most this many queued writes share one transaction. */
    static final int MAX_GROUP = 16;
    /**
     * Back-pressure: a write arriving while this many wait is refused at once (503), so the queue holds a
     * few groups' work and a queued write's wait stays far below the connection's idle timeout.
     */
    static final int MAX_QUEUED = 4 * MAX_GROUP;

    private final ConcurrentLinkedQueue<Pending<?>> queue = new ConcurrentLinkedQueue<>();
    // Guarded by the lock: how long groups waited for it and held it, reported about every REPORT_EVERY writes.
    private long writes;
    private long groups;
    private long reportedGroups;
    private long reportedWrites;
    private long reportAt = REPORT_EVERY;
    private long cpuNanos;
    private long waitedNanos;
    private long heldNanos;

    @Inject
    EntityManager em;
    @Inject
    TransactionManager transactions;
    @Inject
    CorpusVersion version;
    /** Its {@code writeMaxWait}: the longest a write waits for its turn, then 503. */
    @Inject
    MizanConfig config;

    /**
     * Runs {@code work} alone in a transaction; returns its result once that transaction is committed (on
     * disk: H2 writes with {@code WRITE_DELAY=0}). Writes queued while another commits go together in the
     * next transaction (group commit), one after the other, each flushed before the next so it sees them
     * as it would have seen them committed; each caller is answered after that commit. If the group's
     * transaction fails, each write of it runs again alone, so one write's failure is its caller's only.
     */
    public <T> T write(Callable<T> work) {
        return write(work, deadline());
    }

    /** The deadline of a write asked for now ({@link System#nanoTime()}). */
    public long deadline() {
        return System.nanoTime() + config.writeMaxWait().toNanos();
    }

    /**
     * {@link #write(Callable)}, refused with {@link WriterBusyException} (nothing done) when the queue is
     * full or its turn has not come by {@code deadline} ({@link System#nanoTime()}).
     */
    public <T> T write(Callable<T> work, long deadline) {
        requireNoTransaction();
        Pending<T> mine = new Pending<>(work);
        if (queue.size() >= MAX_QUEUED) {
            throw new WriterBusyException(MAX_QUEUED + " writes are waiting already.");
        }
        queue.add(mine);
        long asked = System.nanoTime();
        if (!turn(mine, deadline)) {
            throw new WriterBusyException("The writer is busy: the write did not get its turn in time.");
        }
        long got = System.nanoTime();
        try {
            // Unless an earlier group took it, ours is still queued: run groups until it has run.
            while (!mine.done) {
                List<Pending<?>> group = new ArrayList<>();
                for (Pending<?> p; group.size() < MAX_GROUP && (p = queue.poll()) != null; ) {
                    group.add(p);
                }
                long began = System.nanoTime();
                long cpu = CPU.getCurrentThreadCpuTime();
                run(group);
                account(group.size(), got - asked, System.nanoTime() - began, CPU.getCurrentThreadCpuTime() - cpu);
            }
        } finally {
            lock.unlock();
        }
        return mine.outcome();
    }

    /**
     * Takes the lock by the deadline, or takes the write back out of the queue: false when it was still
     * there (it will never run). A write already taken into another's group is waited for: that group
     * runs at most {@value #MAX_GROUP} writes and answers this caller.
     */
    private boolean turn(Pending<?> mine, long deadline) {
        try {
            if (lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (queue.remove(mine)) {
            return false;
        }
        lock.lock();
        return true;
    }

    /** One queued write: its work, then (guarded by the lock) its result or failure. */
    private static final class Pending<T> {
        final Callable<T> work;
        boolean done;
        T result;
        RuntimeException failure;

        Pending(Callable<T> work) {
            this.work = work;
        }

        void runIn(EntityManager em) throws Exception {
            result = work.call();
            em.flush();
            // The next write of the group reads what this one wrote from the database, as it would once
            // committed; keeping this one's rows in the session would only make each later flush check them
            // all again (a group's flushes cost its size squared). Results are used detached, as after any commit.
            em.clear();
        }

        T outcome() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }

    private void run(List<Pending<?>> group) {
        try {
            runOnce(group);
        } finally {
            // An Error on the way leaves the group's other callers with a failure, not waiting for nothing.
            group.stream().filter(p -> !p.done).forEach(p -> fail(p, new IllegalStateException("the write's transaction failed")));
        }
    }

    private void runOnce(List<Pending<?>> group) {
        try {
            transaction(() -> {
                for (Pending<?> p : group) {
                    p.runIn(em);
                }
                return null;
            });
            group.forEach(p -> p.done = true);
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                fail(group.get(0), e);
                return;
            }
            LOG.debugf(e, "a group of %d writes rolled back; each runs alone", group.size());
            for (Pending<?> p : group) {
                try {
                    transaction(() -> {
                        p.runIn(em);
                        return null;
                    });
                    p.done = true;
                } catch (RuntimeException alone) {
                    fail(p, alone);
                }
            }
        }
    }

    /** How many writes are queued, not yet taken by a group (tests). */
    int queued() {
        return queue.size();
    }

    private static void fail(Pending<?> p, RuntimeException e) {
        p.result = null;
        p.failure = e;
        p.done = true;
    }

    private <T> T transaction(Callable<T> work) {
        return QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> {
            if (version.shared()) {
                em.createNativeQuery("select pg_advisory_xact_lock(" + ADVISORY_KEY + ")").getSingleResult();
            }
            return work.call();
        });
    }

    private void account(int grouped, long waited, long held, long cpu) {
        writes += grouped;
        groups++;
        waitedNanos += waited;
        heldNanos += held;
        cpuNanos += cpu;
        if (writes >= reportAt) {
            long recent = groups - reportedGroups;
            LOG.infof("writes: %d in %d transactions; the last %d groups waited %.1f ms and held the writer %.1f ms on average,"
                    + " using %.1f ms of CPU per write", writes, groups, recent, waitedNanos / 1e6 / recent, heldNanos / 1e6 / recent,
                    cpuNanos / 1e6 / (writes - reportedWrites));
            reportedWrites = writes;
            reportAt = writes + REPORT_EVERY;
            reportedGroups = groups;
            waitedNanos = 0;
            heldNanos = 0;
            cpuNanos = 0;
        }
    }

    /**
     * A write must own its transaction: inside a caller's transaction the commit would come after the lock
     * is released, and the next writer would not see this write.
     */
    void requireNoTransaction() {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                throw new IllegalStateException("a corpus write runs in its own transaction: call it outside any transaction");
            }
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }
}
