package se.samverkansportalen.web.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * While the database is out of reach ({@link Failures#databaseUnavailable}), a page answers 503 with
 * the portal's "tillfälligt fel, försök igen om en stund" page ({@code /WEB-INF/errorpages/503.xhtml},
 * no stack trace, no exception text) and {@code Retry-After}, instead of the 500 page of an
 * unexpected failure: whatever was asked (a page, a download, a form sent without Ajax) failed as a
 * whole, since each write is one transaction. The page links back to where the user was
 * ({@link #RETRY_ADDRESS}): the page asked for, or for a form sent, the page the form was on, where
 * the text the browser kept ({@code drafts.js}) is put back. The failure is logged once as a warning
 * without its stack trace ({@link FailureLog#unavailable}). An answer already begun cannot be
 * changed and is left as it is. The API answers the same as JSON ({@code api.FailureMapper}); a form sent with Ajax
 * keeps its page and input and says the same beside it ({@link PortalExceptionHandler}).
 */
@WebFilter(urlPatterns = "/*")
public class UnavailableFilter extends HttpFilter {

    /** Seconds a client is asked to wait before trying again: about as long as a database restart takes. */
    public static final String RETRY_AFTER_SECONDS = "30";

    /** The request attribute naming the address the 503 page offers to try again (within the portal). */
    public static final String RETRY_ADDRESS = UnavailableFilter.class.getName() + ".retry";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!Failures.databaseUnavailable(failure) || response.isCommitted()) {
                throw failure;
            }
            FailureLog.unavailable(request.getRequestURI(), failure);
            request.setAttribute(RETRY_ADDRESS, retryAddress(request));
            response.resetBuffer();
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /**
     * Where to try again: the address asked for when it was read (GET), else the page the form was
     * sent from when the browser named one of this portal's pages (Referer), else the start page.
     */
    static String retryAddress(HttpServletRequest request) {
        String context = request.getContextPath() + "/";
        if ("GET".equals(request.getMethod())) {
            return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        }
        String referer = request.getHeader("Referer");
        String origin = request.getScheme() + "://" + request.getHeader("Host");
        if (referer != null && referer.startsWith(origin + context)) {
            return referer.substring(origin.length());
        }
        return context;
    }
}
