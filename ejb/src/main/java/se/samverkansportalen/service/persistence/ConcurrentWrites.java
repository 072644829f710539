package se.samverkansportalen.service.persistence;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;

/**
 * Tells a write that lost a race to another transaction from a real failure. A service that
 * flushes a change two people (or two clicks) may make at the same moment asks this, and refuses
 * the loser as a conflict instead of answering it as an error.
 *
 * <p>Lost races on MariaDB: the version read is gone (optimistic lock); a unique key the other
 * transaction took first (error 1062, SQL state 23000, e.g. the second first-save of a kommun's
 * report for a period); a deadlock victim or a lock wait that ran out (errors 1213 and 1205, SQL
 * state 40001). Foreign-key and check violations share SQL state 23000 with 1062 but are not
 * races, so the error code decides.
 */
public final class ConcurrentWrites {

    private static final int DEPTH = 20;
    private static final int DUPLICATE_KEY = 1062;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int DEADLOCK = 1213;

    private ConcurrentWrites() {
    }

    /** Whether the failure (or one it wraps) is a write that lost a race to another transaction. */
    public static boolean lostTo(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < DEPTH; depth++, t = t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return true;
            }
            if (t instanceof SQLException sql && lostRace(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean lostRace(SQLException sql) {
        int code = sql.getErrorCode();
        if (code == DUPLICATE_KEY || code == DEADLOCK || code == LOCK_WAIT_TIMEOUT) {
            return true;
        }
        return sql instanceof SQLTransactionRollbackException
                || sql instanceof SQLIntegrityConstraintViolationException && code == 0 && "23000".equals(sql.getSQLState())
                        && String.valueOf(sql.getMessage()).contains("Duplicate entry");
    }
}
