package se.samverkansportalen.web.error;

import java.util.logging.Level;
import java.util.logging.Logger;
import se.samverkansportalen.web.operations.RequestIds;

/**
 * The reference of an unexpected error: the request's id ({@link RequestIds}), shown to the user
 * as "felkod" (on the error page or in the API's answer) and written to the server log beside the
 * whole exception, so that a user's felkod finds the log entry and every other line of the
 * request. The user never sees the exception's own text, which may name SQL, tables or classes.
 */
public final class ErrorReference {

    private static final Logger LOG = Logger.getLogger(ErrorReference.class.getName());

    private ErrorReference() {
    }

    /** Logs the failure under the request's id (eight letters and digits, no look-alikes) and gives that id. */
    public static String log(Throwable failure, String where) {
        String reference = RequestIds.current();
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference + " at " + where, failure);
        return reference;
    }
}
