package se.samverkansportalen.web.error;

import java.security.SecureRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reference of an unexpected error: a short code shown to the user (on the error page or in
 * the API's answer) and written to the server log beside the whole exception, so that a user's
 * "felkod" finds the log entry. The user never sees the exception's own text, which may name SQL,
 * tables or classes.
 */
public final class ErrorReference {

    private static final Logger LOG = Logger.getLogger(ErrorReference.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    /** Logs the failure under a new reference (eight letters and digits, no look-alikes) and gives the reference. */
    public static String log(Throwable failure, String where) {
        StringBuilder reference = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference + " at " + where, failure);
        return reference.toString();
    }
}
