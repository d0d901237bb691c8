package org.mizan.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

class ErrorMappersTest {

    @Test
    void aPoolAcquisitionTimeoutIsBusyHoweverWrapped() {
        SQLException timeout = new SQLException("Sorry, acquisition timeout!");
        assertThat(ErrorMappers.waitedForConnection(timeout)).isTrue();
        assertThat(ErrorMappers.waitedForConnection(
                new PersistenceException(new GenericJDBCException("Unable to acquire JDBC Connection", timeout)))).isTrue();
        assertThat(ErrorMappers.waitedForConnection(new SQLTransientConnectionException("pool exhausted"))).isTrue();
    }

    @Test
    void otherFailuresStayOurs() {
        assertThat(ErrorMappers.waitedForConnection(new IllegalStateException("a bug"))).isFalse();
        assertThat(ErrorMappers.waitedForConnection(new PersistenceException(new SQLException("unique constraint violated")))).isFalse();
    }
}
