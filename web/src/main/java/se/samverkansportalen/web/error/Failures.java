package se.samverkansportalen.web.error;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.service.validation.Violations;

/**
 * Finds the refusal behind a failure, wherever the container wrapped it (an {@code EJBException},
 * a {@code FacesException}, an EL exception): a service's typed refusal; a constraint violated at
 * the last line of defence (an entity checked when it is written) as the same refusal the service
 * boundary gives; and an optimistic-lock failure at commit as a conflict ("someone else changed it
 * first"). Anything else is unexpected: the caller answers it with an error reference.
 */
public final class Failures {

    private static final int DEPTH = 20;

    private Failures() {
    }

    /** Whether the failure, or any failure it wraps, is of the type. */
    public static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < DEPTH; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the failure is the database being out of reach (stopped, restarting, the network to it
     * cut): a connection refused or lost (SQLState class 08, a connection exception), no connection
     * to be had from the pool, or a commit whose outcome the transaction manager could not learn
     * (a heuristic outcome: the one database's connection died while committing; seen in bin/faults
     * when the link to MariaDB was cut under load). Such a failure is temporary and no fault of the request:
     * the portal answers 503 "tillfälligt fel" ({@link UnavailableFilter}), and the pool, which
     * validates every connection it hands out, takes up new connections once the database is back.
     */
    public static boolean databaseUnavailable(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < DEPTH; depth++, t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException || isA(t, "jakarta.resource.ResourceException")
                    || isA(t, "jakarta.transaction.HeuristicMixedException") || isA(t, "jakarta.transaction.HeuristicRollbackException")
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the failure's class is, or extends, the named one (a type of the server's, e.g. the pool's, not this module's). */
    private static boolean isA(Throwable failure, String className) {
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    /** The refusal a failure amounts to, or empty when the failure is unexpected. */
    public static Optional<Refusal> refusalIn(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < DEPTH; depth++, t = t.getCause()) {
            if (t instanceof Refusal refusal) {
                return Optional.of(refusal);
            }
            if (t instanceof ConstraintViolationException violations && !violations.getConstraintViolations().isEmpty()) {
                return Optional.of(Violations.refusal(violations.getConstraintViolations()));
            }
            if (t instanceof OptimisticLockException
                    || t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return Optional.of(new ConflictRefusal("input.changed"));
            }
        }
        return Optional.empty();
    }
}
