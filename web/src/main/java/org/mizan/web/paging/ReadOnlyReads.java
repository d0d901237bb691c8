package org.mizan.web.paging;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Marks the current transaction's session as one that only reads: the entities a page loads keep no
 * snapshot of their state and nothing is dirty-checked or flushed at commit. A page that reads a few
 * dozen entities otherwise spends a good part of its CPU copying and comparing their state for a write
 * that never comes.
 */
public final class ReadOnlyReads {

    private ReadOnlyReads() {
    }

    /** In a transaction, from here on; outside one (nothing to mark) a no-op. */
    public static void apply() {
        if (!QuarkusTransaction.isActive()) {
            return;
        }
        Session session = Panache.getEntityManager().unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }
}
