package org.mizan.web.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

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

    private final ReentrantLock lock = new ReentrantLock(true);
    // Guarded by the lock: how long writes waited for it and held it, reported every REPORT_EVERY writes.
    private long writes;
    private long waitedNanos;
    private long heldNanos;

    @Inject
    EntityManager em;
    @Inject
    TransactionManager transactions;
    @Inject
    CorpusVersion version;

    /** Runs {@code work} in a new transaction, alone; returns its result once committed. */
    public <T> T write(Callable<T> work) {
        requireNoTransaction();
        long asked = System.nanoTime();
        lock.lock();
        long got = System.nanoTime();
        try {
            return QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> {
                if (version.shared()) {
                    em.createNativeQuery("select pg_advisory_xact_lock(" + ADVISORY_KEY + ")").getSingleResult();
                }
                return work.call();
            });
        } finally {
            account(got - asked, System.nanoTime() - got);
            lock.unlock();
        }
    }

    private void account(long waited, long held) {
        writes++;
        waitedNanos += waited;
        heldNanos += held;
        if (writes % REPORT_EVERY == 0) {
            LOG.infof("writes: %d; the last %d waited %.1f ms and held the writer %.1f ms on average", writes, REPORT_EVERY,
                    waitedNanos / 1e6 / REPORT_EVERY, heldNanos / 1e6 / REPORT_EVERY);
            waitedNanos = 0;
            heldNanos = 0;
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
