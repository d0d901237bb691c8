package org.mizan.web.link;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/** Plain JDBC on the current transaction's connection, for the linking tables that have no entity. */
final class Jdbc {

    interface Sql<T> {
        T run(Connection c) throws SQLException;
    }

    private Jdbc() {
    }

    static <T> T work(Sql<T> sql) {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork((ReturningWork<T>) sql::run);
    }

    /** "?,?,?": the placeholders of an IN list of {@code n} values. */
    static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
