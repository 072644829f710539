package se.samverkansportalen.it.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.PortalApi;

/**
 * The benchmark of issue 5, not a test of speed: it loads a regional data set (the 15 kommuner,
 * all aktiviteter of the plan, 12 tertials) and then a national one (290 kommuner, the same 4
 * years of tertials), and for each prints, for the status matrix and a kommun's report page,
 * the server time per request (p50/p95, measured inside WildFly) under concurrent users on
 * loopback, and the SQL statements per request. The one thing it holds the portal to is a
 * behaviour: the matrix needs the same number of statements whatever the number of kommuner.
 * Run with {@code bin/benchmark} (users and requests: -Dbenchmark.users, -Dbenchmark.requests).
 */
@ExtendWith(ArquillianExtension.class)
class ReportingBenchmark {

    private static final int USERS = Integer.getInteger("benchmark.users", 8);
    private static final int REQUESTS = Integer.getInteger("benchmark.requests", 400);
    private static final int WARM_UP = 40;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    /** What one page measured. */
    record Figures(String dataset, String page, int requests, double p50, double p95, int sqlMin, int sqlMax) {
    }

    @Test
    void status_matrix_and_kommun_report_for_15_and_290_kommuner() throws Exception {
        SyntheticReports data = new SyntheticReports();
        System.out.printf("benchmark: every one of the plan's %d aktiviteter is made one that each kommun reports on%n",
                data.everyActivityPerKommun());
        List<Long> periods = data.tertials(2040, 4);
        long latest = periods.get(periods.size() - 1);
        List<String> regional = se.samverkansportalen.it.support.TestDatabase.column("SELECT code FROM kommun ORDER BY code");
        long started = System.nanoTime();
        long items = data.reports(regional, periods);
        System.out.printf("benchmark: %d kommuner × %d tertials: %d report items written in %d s%n", regional.size(), periods.size(),
                items, (System.nanoTime() - started) / 1_000_000_000L);

        List<Figures> figures = new ArrayList<>(measure(regional.size() + " kommuner × " + periods.size() + " tertialer", latest));

        started = System.nanoTime();
        List<String> more = data.kommuner(290 - regional.size());
        items = data.reports(more, periods);
        System.out.printf("benchmark: %d more kommuner: %d report items written in %d s%n", more.size(), items,
                (System.nanoTime() - started) / 1_000_000_000L);
        figures.addAll(measure((regional.size() + more.size()) + " kommuner × " + periods.size() + " tertialer", latest));

        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%d concurrent users, %d requests per page after %d warm-up requests; server time measured inside WildFly%n",
                USERS, REQUESTS, WARM_UP));
        table.append(String.format("%-28s %-22s %8s %9s %9s %12s%n", "data set", "page", "requests", "p50 ms", "p95 ms", "SQL/request"));
        for (Figures f : figures) {
            table.append(String.format(Locale.ROOT, "%-28s %-22s %8d %9.1f %9.1f %12s%n", f.dataset(), f.page(), f.requests(), f.p50(),
                    f.p95(), f.sqlMin() == f.sqlMax() ? String.valueOf(f.sqlMin()) : f.sqlMin() + "–" + f.sqlMax()));
        }
        System.out.println(table);
        java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("benchmark.report", "target/benchmark.txt")),
                table.toString());
        assertThat(figures.get(2).sqlMax()).as("the matrix's statements do not grow with the number of kommuner")
                .isEqualTo(figures.get(0).sqlMax());
    }

    private List<Figures> measure(String dataset, long period) throws Exception {
        PortalApi coordinator = PortalApi.as("samordnare");
        List<Figures> figures = new ArrayList<>();
        figures.add(load(dataset, "statusmatris", "granskare.lbu", "rapport/matris.xhtml?period=" + period, coordinator));
        figures.add(load(dataset, "kommunens rapport", "socialchef.umea", "rapport/rapport.xhtml?period=" + period, coordinator));
        return figures;
    }

    private Figures load(String dataset, String page, String user, String path, PortalApi coordinator) throws Exception {
        String token = PortalApi.token(user);
        run(token, path, WARM_UP);
        coordinator.delete("metrik");
        run(token, path, REQUESTS);
        List<JsonObject> samples = coordinator.delete("metrik").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> path.startsWith(s.getString("page").substring(1))).toList();
        assertThat(samples).as("the server recorded the requests").hasSize(REQUESTS);
        double[] millis = samples.stream().mapToDouble(s -> s.getJsonNumber("nanos").longValue() / 1e6).sorted().toArray();
        int sqlMin = samples.stream().mapToInt(s -> s.getInt("statements")).min().orElse(0);
        int sqlMax = samples.stream().mapToInt(s -> s.getInt("statements")).max().orElse(0);
        return new Figures(dataset, page, millis.length, percentile(millis, 50), percentile(millis, 95), sqlMin, sqlMax);
    }

    /** {@code count} requests of a page by {@link #USERS} users at once, each with its own session. */
    private static void run(String token, String path, int count) throws Exception {
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService users = Executors.newFixedThreadPool(USERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                running.add(users.submit(() -> {
                    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
                    while (left.getAndDecrement() > 0) {
                        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(PortalApi.PORTAL_URL + path))
                                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(path + " answered " + response.statusCode());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> user : running) {
                user.get();
            }
        } finally {
            users.shutdown();
        }
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
