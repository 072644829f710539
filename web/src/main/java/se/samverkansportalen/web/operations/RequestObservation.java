package se.samverkansportalen.web.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The first filter of every request (declared first in {@code web.xml}, for the request and the
 * error page it may end on): gives the request its id ({@link RequestIds}: the response header,
 * the log's MDC for every line the request logs, the felkod of its error page or API refusal),
 * times it into the Prometheus metric {@code samverkan_http_requests_seconds} by route
 * ({@link Routes}), method and status, and logs each answer from 400 as one INFO line naming the
 * route, the status and the time in milliseconds, so that a felkod the user reads out finds its
 * request in the log even when nothing failed on the server (a 404, a refused save).
 *
 * <p>A request the login check answers itself (401 for a bearer token it did not accept) reaches
 * only the error page; it is timed and logged there, as {@value Routes#UNAUTHENTICATED}.
 */
public class RequestObservation extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestObservation.class.getName());
    /** The request attribute set once the request has been timed. */
    private static final String TIMED = RequestObservation.class.getName() + ".timed";

    /** The Prometheus name is this plus {@code _seconds} (count, sum and max). */
    public static final String METRIC = "samverkan.http.requests";

    @Inject
    private MeterRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = RequestIds.of(request);
        if (!response.isCommitted() && !response.containsHeader(RequestIds.HEADER)) {
            response.setHeader(RequestIds.HEADER, id);
        }
        Object outer = MDC.get(RequestIds.MDC_KEY);
        MDC.put(RequestIds.MDC_KEY, id);
        long start = System.nanoTime();
        boolean failed = false;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error failure) {
            failed = true;
            throw failure;
        } finally {
            if (request.getAttribute(TIMED) == null) {
                request.setAttribute(TIMED, Boolean.TRUE);
                boolean errorOnly = request.getDispatcherType() == DispatcherType.ERROR;
                int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
                String route = errorOnly && status == 401 ? Routes.UNAUTHENTICATED
                        : Routes.of(request.getServletPath(), request.getPathInfo(), (String) request.getAttribute(ApiRoutes.ATTRIBUTE), status);
                record(route, request.getMethod(), status, System.nanoTime() - start);
            }
            if (outer == null) {
                MDC.remove(RequestIds.MDC_KEY);
            } else {
                MDC.put(RequestIds.MDC_KEY, outer);
            }
        }
    }

    private void record(String route, String method, int status, long nanos) {
        if (registry != null) {
            // registry.timer, not Timer.builder(…).register: WildFly's registry of a deployment passes only
            // the former on to its Prometheus registry (the builder's meter stays in the deployment).
            registry.timer(METRIC, Tags.of("route", route, "method", Routes.method(method), "status", Integer.toString(status)))
                    .record(nanos, TimeUnit.NANOSECONDS);
        }
        if (status >= 400 && LOG.isLoggable(Level.INFO)) {
            LOG.log(Level.INFO, "Answered {0} to {1} {2} in {3} ms",
                    new Object[] {status, Routes.method(method), route, TimeUnit.NANOSECONDS.toMillis(nanos)});
        }
    }
}
