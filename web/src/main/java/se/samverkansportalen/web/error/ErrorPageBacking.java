package se.samverkansportalen.web.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import se.samverkansportalen.web.operations.RequestIds;

/**
 * The error page of an unexpected failure: logs the failure under a new reference once per request
 * and shows the reference (never the exception's text), so that a user's "felkod" finds the log
 * entry.
 */
@Named
@RequestScoped
public class ErrorPageBacking {

    @Inject
    HttpServletRequest request;

    private String reference;

    /**
     * The address the page offers to try again, within the portal: what {@link UnavailableFilter}
     * or the login-unavailable page put in the request attribute {@link UnavailableFilter#RETRY_ADDRESS},
     * else the start page.
     */
    public String getRetryAddress() {
        Object address = request.getAttribute(UnavailableFilter.RETRY_ADDRESS);
        return address instanceof String s && !s.isEmpty() ? s : request.getContextPath() + "/";
    }

    /** The request's id, its felkod in the server log ({@link RequestIds}), shown on every error page. */
    public String getRequestId() {
        return RequestIds.of(request);
    }

    /** The reference of this request's failure (the request's id); the failure is logged under it on first use. */
    public String getReference() {
        if (reference == null) {
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            reference = ErrorReference.log(failure instanceof Throwable t ? t : null, "page " + (uri == null ? "?" : uri));
        }
        return reference;
    }
}
