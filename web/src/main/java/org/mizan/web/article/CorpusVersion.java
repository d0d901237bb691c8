package org.mizan.web.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A number that every committed corpus write increases (table {@code corpus_version}, one row): what a
 * process holds in memory about the corpus (the linking index, rendered pages) is current exactly when
 * it was made at the version the database has now. A primary-key read, cheap enough for every request.
 */
@ApplicationScoped
public class CorpusVersion {

    @Inject
    EntityManager em;
    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /**
     * Whether other processes may write to this database (PostgreSQL), rather than this one alone (the H2
     * file, which H2 opens for one process): only then can the corpus change without this process knowing.
     */
    public boolean shared() {
        return !"h2".equalsIgnoreCase(dbKind);
    }

    /** The committed version (or, inside a write, the version as this write sees it); any thread, no session needed. */
    public long current() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement read = c.prepareStatement("select version from corpus_version where id = 1");
             ResultSet row = read.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the corpus version", e);
        }
    }

    /** Inside a write's transaction: the version this write will have made once committed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long bump() {
        // No flush of the write's entities first: the row is no entity's, and the commit flushes them anyway.
        em.createNativeQuery("update corpus_version set version = version + 1 where id = 1")
                .setFlushMode(FlushModeType.COMMIT).executeUpdate();
        return current();
    }
}
