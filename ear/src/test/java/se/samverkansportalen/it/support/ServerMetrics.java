package se.samverkansportalen.it.support;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The test server's {@code /metrics} on its management port, in Prometheus' text format, as the
 * kommun's Prometheus reads it.
 */
public final class ServerMetrics {

    /** The test server's management address. */
    public static final String MANAGEMENT = System.getProperty("management.url", "http://127.0.0.1:10290");

    private ServerMetrics() {
    }

    /** The lines of {@code /metrics} without its comments. Fails the test unless it answers 200. */
    public static List<String> lines() {
        HttpResponse<String> answer = PlainHttp.get(URI.create(MANAGEMENT + "/metrics"), java.util.Map.of());
        if (answer.statusCode() != 200) {
            throw new AssertionError("/metrics answered " + answer.statusCode());
        }
        return answer.body().lines().filter(line -> !line.startsWith("#")).toList();
    }

    /**
     * The sum of a metric's values over its lines that hold every label given
     * ({@code status="200"}); 0 when there is none (a counter not counted yet).
     */
    public static double value(String name, String... labels) {
        return lines().stream().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> List.of(labels).stream().allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
