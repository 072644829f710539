package se.samverkansportalen.web.error;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How a refused or failed request is written to the server log, decided in one place by the HTTP
 * status it is answered with. A refusal the user caused (4xx: invalid input, not allowed, not
 * found, a conflict or a lost race) is no fault of the portal: at most one {@link Level#FINE}
 * line naming the status, the message key and where, never a stack trace. A failure answered
 * 5xx is a fault: {@link Level#SEVERE} with the whole exception, under the error reference the
 * user sees ({@link ErrorReference}). The one exception is the database being out of reach (503):
 * a {@link Level#WARNING} line per request without the stack trace ({@link #unavailable}).
 *
 * <p>The server's own logging of the same exceptions is switched off in the server configuration
 * ({@code ear/src/main/wildfly/configure-server.cli}: the EJB container's system exceptions, which
 * would log a role refusal or a lost race as an error with its stack trace), so that every failure
 * is logged once, here.
 */
public final class FailureLog {

    private static final Logger LOG = Logger.getLogger(FailureLog.class.getName());

    private FailureLog() {
    }

    /** The level a request answered with this status is logged at: FINE below 500, SEVERE from 500. */
    public static Level levelFor(int status) {
        return status >= 500 ? Level.SEVERE : Level.FINE;
    }

    /** Whether the log entry of a request answered with this status carries the exception's stack trace: only from 500. */
    public static boolean withStackTrace(int status) {
        return status >= 500;
    }

    /**
     * Logs a refusal the user caused: one line at {@link #levelFor} the status, without the
     * exception.
     *
     * @param status the HTTP status answered (4xx), or 400 for a page's message
     * @param key    the refusal's message key
     * @param where  what was asked: "api /rapporter/12" or a page's view id
     */
    public static void refused(int status, String key, String where) {
        Level level = levelFor(status);
        if (LOG.isLoggable(level)) {
            LOG.log(level, "Refused {0} {1} at {2}", new Object[] {status, key, where});
        }
    }

    /**
     * Logs a request that failed because the database was out of reach (answered 503): one
     * {@link Level#WARNING} line naming what was asked and the innermost cause's type and text, not
     * the stack trace, since the fault is the outage's and not the portal's.
     *
     * @param where   what was asked: a page's address or "api /rapporter"
     * @param failure the failure, as thrown
     */
    public static void unavailable(String where, Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        LOG.log(Level.WARNING, "Database unavailable at {0}: {1}: {2}", new Object[] {where, cause.getClass().getName(), cause.getMessage()});
    }
}
