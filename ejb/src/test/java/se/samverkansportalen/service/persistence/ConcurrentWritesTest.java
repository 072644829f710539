package se.samverkansportalen.service.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class ConcurrentWritesTest {

    @Test
    void a_second_first_save_of_the_same_report_lost_a_race() {
        var duplicate = new SQLIntegrityConstraintViolationException("Duplicate entry '2480-9' for key 'uq_progress_report'", "23000", 1062);
        assertThat(ConcurrentWrites.lostTo(new EJBException(new PersistenceException(duplicate)))).isTrue();
    }

    @Test
    void a_deadlock_victim_a_lock_wait_and_a_stale_version_lost_a_race() {
        assertThat(ConcurrentWrites.lostTo(new PersistenceException(new SQLTransactionRollbackException("Deadlock found", "40001", 1213))))
                .isTrue();
        assertThat(ConcurrentWrites.lostTo(new PersistenceException(new SQLException("Lock wait timeout exceeded", "HY000", 1205))))
                .isTrue();
        assertThat(ConcurrentWrites.lostTo(new OptimisticLockException("version 3 is gone"))).isTrue();
    }

    @Test
    void a_broken_foreign_key_or_any_other_failure_is_not_a_race() {
        var foreignKey = new SQLIntegrityConstraintViolationException("Cannot add or update a child row", "23000", 1452);
        assertThat(ConcurrentWrites.lostTo(new PersistenceException(foreignKey))).isFalse();
        assertThat(ConcurrentWrites.lostTo(new PersistenceException(new SQLException("Table doesn't exist", "42S02", 1146)))).isFalse();
        assertThat(ConcurrentWrites.lostTo(new IllegalStateException("no"))).isFalse();
    }
}
