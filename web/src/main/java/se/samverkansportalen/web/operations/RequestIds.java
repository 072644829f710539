package se.samverkansportalen.web.operations;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import org.jboss.logging.MDC;

/**
 * The id of a request: eight letters and digits without look-alikes (no 0/O, 1/I/L), shown to the
 * user as "felkod" on every error page and in every refused API answer ({@code reference}), sent
 * as the response header {@value #HEADER}, and written into every log line of the request (the
 * log's MDC key {@value #MDC_KEY}, a field of each JSON line of {@code server.log}). So a user's
 * felkod finds the request's lines in the log. Issue 17, "Operations".
 *
 * <p>One id per request, kept as the request attribute {@value #ATTRIBUTE}, so that the error page
 * rendered after the request's own processing names the same id. Work outside a request (the
 * morning's reminder run) gets a new id per failure from {@link #current()}.
 */
public final class RequestIds {

    /** The response header that carries the id. */
    public static final String HEADER = "X-Request-Id";
    /** The log's MDC key. */
    public static final String MDC_KEY = "requestId";
    /** The request attribute that keeps the id. */
    static final String ATTRIBUTE = RequestIds.class.getName();

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {
    }

    /** A new id: eight characters of {@value #ALPHABET}. */
    public static String next() {
        StringBuilder id = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    /** Whether a text has the shape of an id (what a user types as felkod, uppercased). */
    public static boolean isId(String text) {
        return text != null && text.length() == 8 && text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** The request's id, given it now (kept as an attribute) when it has none yet. */
    public static String of(HttpServletRequest request) {
        Object kept = request.getAttribute(ATTRIBUTE);
        if (kept instanceof String id) {
            return id;
        }
        String id = next();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    /**
     * The id of the request this thread serves (set by {@link RequestObservation} in the log's MDC),
     * or, on a thread that serves none (a timer's), a new id each time: the caller writes it into
     * its own log line.
     */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id instanceof String text && isId(text) ? text : next();
    }
}
