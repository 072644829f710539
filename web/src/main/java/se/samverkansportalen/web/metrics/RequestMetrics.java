package se.samverkansportalen.web.metrics;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import se.samverkansportalen.domain.metrics.SqlStatementCount;

/**
 * For benchmarks only (system property {@code samverkan.metrics=true}; off otherwise): records
 * each request's server time, the SQL statements it sent and the status it answered, which the
 * benchmark reads through {@link MetricsResource}. Every request of the application is recorded:
 * pages, the downloads of the export servlets and the REST API (after authentication, which runs
 * before any filter). The bytes of a response are counted by the benchmark as it receives them,
 * not here, so that nothing wraps the response. Nothing is recorded, and the resource answers 404,
 * when off.
 */
@WebFilter(urlPatterns = "/*")
public class RequestMetrics extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final int KEEP = 100_000;

    /**
     * One request: its address within the application without the query ({@code /rapport/matris.xhtml},
     * {@code /api/matris/12}, {@code /rapport/export}), server time in nanoseconds, SQL statements
     * and the HTTP status it answered.
     */
    public record Sample(String page, long nanos, int statements, int status) {
    }

    private static final ConcurrentLinkedQueue<Sample> SAMPLES = new ConcurrentLinkedQueue<>();
    /** How many samples are kept (the queue's own size() walks the whole queue). */
    private static final AtomicInteger KEPT = new AtomicInteger();

    static boolean enabled() {
        return Boolean.getBoolean("samverkan.metrics");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled()) {
            chain.doFilter(request, response);
            return;
        }
        SqlStatementCount.reset();
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long nanos = System.nanoTime() - start;
            if (KEPT.incrementAndGet() <= KEEP) {
                String page = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
                SAMPLES.add(new Sample(page, nanos, SqlStatementCount.count(), response.getStatus()));
            } else {
                KEPT.decrementAndGet();
            }
        }
    }

    /** Takes the samples recorded so far, leaving none. */
    static List<Sample> drain() {
        List<Sample> taken = new ArrayList<>();
        Sample sample;
        while ((sample = SAMPLES.poll()) != null) {
            KEPT.decrementAndGet();
            taken.add(sample);
        }
        return taken;
    }
}
