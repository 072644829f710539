package se.samverkansportalen.it.benchmark;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import se.samverkansportalen.it.support.PortalApi;

/**
 * Loads one page of the portal with {@link #USERS} concurrent users on loopback and gives what it
 * cost: the server time of each request and its SQL statements as the server recorded them
 * (RequestMetrics, read and cleared through {@code DELETE api/metrik}), the time the client waited,
 * the bytes of each response body as received (counted here, on the client: the portal sends no
 * compressed bodies to a client that asks for none), and requests per second over the wall clock of
 * the measured requests. Each demo user the pages are read as is {@link #USERS} virtual users, each
 * with its own session that it keeps from page to page, as people keep theirs; access tokens come
 * from the test Keycloak and are fetched anew before they expire.
 */
final class PageLoad {

    static final int USERS = Integer.getInteger("benchmark.users", 8);
    static final int REQUESTS = Integer.getInteger("benchmark.requests", 400);
    /** The most time a page's measured requests may take: no new request starts after it. */
    static final Duration PAGE_BUDGET = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 30));
    static final int WARM_UP = 40;
    static final Duration WARM_UP_BUDGET = Duration.ofSeconds(8);
    private static final Duration TOKEN_AGE = Duration.ofSeconds(200);
    private static final String METRICS_USER = "samordnare";

    /** What a page answers, and how its first answer is checked before it is measured. */
    enum Kind {
        HTML("text/html"), PDF("application/pdf"), XLSX("spreadsheetml"), JSON("application/json");

        final String contentType;

        Kind(String contentType) {
            this.contentType = contentType;
        }
    }

    /**
     * A page as measured: its name in the output, the demo user it is read as, its address under the
     * portal (with query), what it answers, a text its HTML must hold (its content, not a refusal),
     * and whether it is a slow download that gets a tenth of the requests.
     */
    record Page(String name, String user, String path, Kind kind, String marker, boolean slow) {

        /** The address as the server records it: without the query, from the application's root. */
        String recorded() {
            int query = path.indexOf('?');
            return "/" + (query < 0 ? path : path.substring(0, query));
        }

        /** Measured requests for this page: {@link #REQUESTS}, a tenth of them (at least two per user) for a slow download. */
        int requests() {
            return slow ? Math.max(2 * USERS, REQUESTS / 10) : REQUESTS;
        }
    }

    /**
     * What one page cost with a number of kommuner: measured requests (and whether the time budget
     * cut them short), server time p50/p95, client time p50/p95 (ms), requests per second, SQL
     * statements per request (least, most), mean response body bytes, and whether the page was
     * rendered for a logged-in user (HTML; the ceiling's check).
     */
    record Figures(Page page, int kommuner, int requests, boolean cut, double p50, double p95, double clientP50, double clientP95,
            double rps, int sqlMin, int sqlMax, long bytes, boolean loggedIn) {
    }

    private final Map<String, List<HttpClient>> clients = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Long> tokenTaken = new HashMap<>();

    /** Checks the page's answer, warms it up, then measures it. */
    Figures measure(Page page, int kommuner) throws Exception {
        boolean loggedIn = check(page);
        int requests = page.requests();
        run(page, Math.min(WARM_UP, Math.max(USERS, requests / 5)), WARM_UP_BUDGET);
        Thread.sleep(200); // the last warm-up requests' samples are recorded after their answers are sent
        clearSamples();
        Run run = run(page, requests, PAGE_BUDGET);
        List<JsonObject> samples = samples(page, run.done());
        double[] server = samples.stream().mapToDouble(s -> s.getJsonNumber("nanos").longValue() / 1e6).sorted().toArray();
        double[] client = run.clientNanos().stream().mapToDouble(n -> n / 1e6).sorted().toArray();
        int sqlMin = samples.stream().mapToInt(s -> s.getInt("statements")).min().orElse(0);
        int sqlMax = samples.stream().mapToInt(s -> s.getInt("statements")).max().orElse(0);
        double seconds = run.wallNanos() / 1e9;
        return new Figures(page, kommuner, run.done(), run.cut(), percentile(server, 50), percentile(server, 95), percentile(client, 50),
                percentile(client, 95), seconds > 0 ? run.done() / seconds : 0, sqlMin, sqlMax, run.done() == 0 ? 0 : run.bytes() / run.done(),
                loggedIn);
    }

    /** The most SQL statements any of a few requests of the page sent (no timing): for comparing data sets. */
    int statements(Page page, int requests) throws Exception {
        check(page);
        run(page, 2 * USERS, WARM_UP_BUDGET); // every virtual user's first request of the page before those counted
        Thread.sleep(200);
        clearSamples();
        Run run = run(page, requests, PAGE_BUDGET);
        return samples(page, run.done()).stream().mapToInt(s -> s.getInt("statements")).max().orElse(0);
    }

    /**
     * One request of the page, read whole: it must answer 200 with its kind of content, and an HTML
     * page must hold its marker and no error message (a page that refused the user answers 200 with
     * its refusal). Gives whether an HTML page was rendered for a logged-in user (the navigation shows).
     */
    boolean check(Page page) throws Exception {
        HttpResponse<byte[]> response = client(page.user(), 0).send(request(page), HttpResponse.BodyHandlers.ofByteArray());
        String type = response.headers().firstValue("Content-Type").orElse("");
        byte[] body = response.body();
        String text = new String(body, 0, Math.min(body.length, 2_000_000), StandardCharsets.UTF_8);
        String trouble = null;
        if (response.statusCode() != 200) {
            trouble = "answered " + response.statusCode();
        } else if (!type.contains(page.kind().contentType)) {
            trouble = "answered " + type + ", not " + page.kind().contentType;
        } else if (page.kind() == Kind.HTML && text.contains("message-error")) {
            trouble = "shows an error message";
        } else if (page.kind() == Kind.HTML && !text.contains(page.marker())) {
            trouble = "lacks " + page.marker();
        } else if (page.kind() == Kind.PDF && !text.startsWith("%PDF")) {
            trouble = "is no PDF";
        } else if (page.kind() == Kind.XLSX && !text.startsWith("PK")) {
            trouble = "is no workbook";
        } else if (page.kind() == Kind.JSON && !(text.startsWith("{") || text.startsWith("["))) {
            trouble = "is no JSON";
        }
        if (trouble != null) {
            String start = page.kind() == Kind.HTML || page.kind() == Kind.JSON
                    ? text.replaceAll("\\s+", " ").substring(0, Math.min(1500, text.replaceAll("\\s+", " ").length())) : "";
            throw new IllegalStateException("benchmark: " + page.name() + " (" + page.path() + " as " + page.user() + ") " + trouble + ": " + start);
        }
        return page.kind() == Kind.HTML && text.contains("portal-nav");
    }

    /** What a run of requests did: how many answered, whether the budget cut it short, client times, bytes, wall clock. */
    private record Run(int done, boolean cut, List<Long> clientNanos, long bytes, long wallNanos) {
    }

    /** {@code count} requests of a page by the page user's virtual users at once; none starts after {@code budget}. */
    private Run run(Page page, int count, Duration budget) throws Exception {
        AtomicInteger left = new AtomicInteger(count);
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean cut = new AtomicBoolean();
        AtomicLong bytes = new AtomicLong();
        ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
        ExecutorService users = Executors.newFixedThreadPool(USERS);
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                HttpClient client = client(page.user(), u);
                running.add(users.submit(() -> {
                    try {
                        while (left.getAndDecrement() > 0) {
                            if (System.nanoTime() > deadline) {
                                cut.set(true);
                                break;
                            }
                            HttpRequest request = request(page);
                            long sent = System.nanoTime();
                            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                            long received;
                            try (InputStream body = response.body()) {
                                received = body.transferTo(OutputStream.nullOutputStream());
                            }
                            times.add(System.nanoTime() - sent);
                            if (response.statusCode() != 200) {
                                throw new IllegalStateException(page.path() + " answered " + response.statusCode());
                            }
                            bytes.addAndGet(received);
                            done.incrementAndGet();
                        }
                    } catch (Exception e) {
                        left.set(0); // the other users stop too: nothing of this page runs on into the next one's
                        throw e;
                    }
                    return null;
                }));
            }
            java.util.concurrent.ExecutionException failure = null;
            for (Future<?> user : running) {
                try {
                    user.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            users.shutdown();
        }
        return new Run(done.get(), cut.get(), List.copyOf(times), bytes.get(), System.nanoTime() - started);
    }

    /**
     * The server's samples of the page's measured requests: those recorded since the last clear,
     * waiting a moment for the last ones (recorded just after their answers are sent).
     */
    private List<JsonObject> samples(Page page, int expected) throws Exception {
        List<JsonObject> samples = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        do {
            metricsApi().delete("metrik").array().getValuesAs(JsonObject.class).stream()
                    .filter(s -> s.getString("page").equals(page.recorded())).forEach(samples::add);
            if (samples.size() >= expected) {
                break;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < until);
        if (samples.size() < expected) {
            throw new IllegalStateException("benchmark: the server recorded " + samples.size() + " of " + expected + " requests of "
                    + page.recorded() + " (is -Dsamverkan.metrics=true set for the server?)");
        }
        if (samples.size() > expected) {
            System.out.printf("benchmark: note: %s: %d samples for %d measured requests (a warm-up request recorded late)%n", page.name(),
                    samples.size(), expected);
        }
        return samples;
    }

    private void clearSamples() {
        metricsApi().delete("metrik");
    }

    private PortalApi metricsApi() {
        return PortalApi.withToken(token(METRICS_USER));
    }

    private HttpRequest request(Page page) {
        return HttpRequest.newBuilder(URI.create(PortalApi.PORTAL_URL + page.path())).header("Authorization", "Bearer " + token(page.user()))
                .timeout(Duration.ofSeconds(180)).GET().build();
    }

    /** The demo user's access token, fetched anew when it is older than {@link #TOKEN_AGE} (Keycloak's tokens live 300 s). */
    private synchronized String token(String user) {
        Long taken = tokenTaken.get(user);
        if (taken == null || System.nanoTime() - taken > TOKEN_AGE.toNanos()) {
            tokens.put(user, PortalApi.token(user));
            tokenTaken.put(user, System.nanoTime());
        }
        return tokens.get(user);
    }

    /** The {@code index}th virtual user of a demo user: a client with a cookie jar (its session) of its own, kept for the whole run. */
    private synchronized HttpClient client(String user, int index) {
        List<HttpClient> ofUser = clients.computeIfAbsent(user, u -> new ArrayList<>());
        while (ofUser.size() <= index) {
            ofUser.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10)).build());
        }
        return ofUser.get(index);
    }

    /** The {@code p}th percentile of sorted values (nearest rank); 0 for none. */
    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
