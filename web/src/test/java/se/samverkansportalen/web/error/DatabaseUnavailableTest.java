package se.samverkansportalen.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is out of reach" (503, tillfälligt fel) and which do not. */
class DatabaseUnavailableTest {

    @Test
    void a_connection_refused_or_lost_however_deep_the_container_wrapped_it_is_the_database_out_of_reach() {
        assertThat(Failures.databaseUnavailable(new EJBException(new PersistenceException(new ConnectException("Connection refused"))))).isTrue();
        assertThat(Failures.databaseUnavailable(new RuntimeException(new SQLNonTransientConnectionException("Socket fail to connect")))).isTrue();
        assertThat(Failures.databaseUnavailable(new PersistenceException(new SQLException("Communications link failure", "08S01")))).isTrue();
        assertThat(Failures.databaseUnavailable(new EJBException(new jakarta.transaction.HeuristicMixedException()))).as("a commit cut off").isTrue();
    }

    @Test
    void a_refused_statement_or_an_unexpected_failure_is_not() {
        assertThat(Failures.databaseUnavailable(new EJBException(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))).isFalse();
        assertThat(Failures.databaseUnavailable(new PersistenceException(new SQLException("Deadlock found", "40001")))).isFalse();
        assertThat(Failures.databaseUnavailable(new IllegalStateException("a bug"))).isFalse();
        assertThat(Failures.databaseUnavailable(null)).isFalse();
    }
}
