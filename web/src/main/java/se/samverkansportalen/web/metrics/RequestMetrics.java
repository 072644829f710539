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
import se.samverkansportalen.domain.metrics.SqlStatementCount;

/**
 * For benchmarks only (system property {@code samverkan.metrics=true}; off otherwise): records
 * each page request's server time and the SQL statements it sent, which the benchmark reads
 * through {@link MetricsResource}. Nothing is recorded, and the resource answers 404, when off.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class RequestMetrics extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final int KEEP = 100_000;

    /** One request: its page, server time in nanoseconds and SQL statements. */
    public record Sample(String page, long nanos, int statements) {
    }

    private static final ConcurrentLinkedQueue<Sample> SAMPLES = new ConcurrentLinkedQueue<>();

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
            if (SAMPLES.size() < KEEP) {
                SAMPLES.add(new Sample(request.getServletPath(), System.nanoTime() - start, SqlStatementCount.count()));
            }
        }
    }

    /** Takes the samples recorded so far, leaving none. */
    static List<Sample> drain() {
        List<Sample> taken = new ArrayList<>();
        Sample sample;
        while ((sample = SAMPLES.poll()) != null) {
            taken.add(sample);
        }
        return taken;
    }
}
