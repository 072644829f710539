package se.samverkansportalen.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The test server's {@code /metrics} on its management port, in Prometheus' text format, as the
 * kommun's Prometheus reads it.
 */
public final class ServerMetrics {

    /** The test server's management address. */
    public static final String MANAGEMENT = System.getProperty("management.url", "http://127.0.0.1:10290");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ServerMetrics() {
    }

    /** The lines of {@code /metrics} without its comments. Fails the test unless it answers 200. */
    public static List<String> lines() {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(MANAGEMENT + "/metrics")).timeout(Duration.ofSeconds(30))
                    .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                throw new AssertionError("/metrics answered " + answer.statusCode());
            }
            return answer.body().lines().filter(line -> !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new AssertionError("/metrics did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
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
