package se.samverkansportalen.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.it.support.KeycloakUsers;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.ReportBodies;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.it.support.TestRun;

/**
 * The fault run of issue 16 ({@code bin/faults}, README "Kluster"): the two-node cluster behind
 * HAProxy ({@link TestCluster}, the EAR as built) on a database of its own, simulated users driving
 * it through the balancer, and one scenario after the other:
 * <ol>
 * <li>a node killed ({@code kill -9}) under a read load, and started again;</li>
 * <li>200 and more report submissions at the same moment (a deadline), spread over both nodes;</li>
 * <li>a node killed in the middle of such a burst of submissions;</li>
 * <li>the database out of reach for 30 seconds under a read load with writes tried meanwhile;</li>
 * <li>Keycloak stopped under a read load of logged-in users, with logins tried meanwhile, and
 * started again;</li>
 * <li>a rolling redeploy of the EAR, node by node ({@code bin/cluster.sh redeploy}), under a read
 * load with writes meanwhile.</li>
 * </ol>
 * Prints a table (scenario, requests, failed requests, lost or half writes, time to recover, held)
 * and {@code faults: N scenarios, M held}; fails when a scenario did not hold. Run only by
 * {@code bin/faults} (Maven profile {@code faults}), not by the test command.
 */
class ClusterFaultRun {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int KOMMUNER = 15;
    private static final int PERIODS_PER_BURST = 14;

    private final List<Row> rows = new ArrayList<>();
    private final List<String> editorTokens = new ArrayList<>();
    private final List<String> editors = new ArrayList<>();
    private DatabaseLink database;
    private TestCluster cluster;

    /** A scenario's line of the table. */
    record Row(String scenario, int requests, int failed, int lostOrHalf, String recovery, boolean held, String note) {
    }

    @Test
    void faults() {
        database = DatabaseLink.to(TestDatabase.url());
        cluster = TestCluster.start(Path.of(System.getProperty("ear.file")), database.jdbcUrl(TestDatabase.url()));
        try {
            for (String code : TestDatabase.column("SELECT code FROM kommun ORDER BY code")) {
                if (editors.size() < KOMMUNER) {
                    editors.add(KeycloakUsers.kommunEditor("faults." + code, code, "Fel", "Körning " + code));
                }
            }
            assertThat(editors).as("an editor per kommun of the region").hasSize(KOMMUNER);

            nodeKilledUnderReads();
            submissionsAtTheDeadline();
            nodeKilledDuringSubmissions();
            databaseAway();
            keycloakAway();
            rollingRedeploy();
        } finally {
            cluster.close();
            database.close();
            print();
        }
        assertThat(rows).as("scenarios that did not hold").allMatch(Row::held);
    }

    private void nodeKilledUnderReads() {
        freshTokens();
        Load load = Load.start(16, this::read);
        sleep(6_000);
        long killedAt = System.nanoTime();
        cluster.kill(1);
        sleep(14_000);
        Load.Result result = load.stop();
        double recovery = result.lastFailureAfter(killedAt);
        cluster.restart(1);
        boolean held = recovery <= 5.0;
        rows.add(new Row("node 1 killed (kill -9) under 16 users' reads", result.requests(), result.failed(), 0,
                String.format("%.1f s", recovery), held, "answers " + result.statuses() + "; failures stop within 5 s; node 1 started again afterwards"));
    }

    private void submissionsAtTheDeadline() {
        freshTokens();
        Burst burst = Burst.prepare(this, "deadline");
        Burst.Result result = burst.fire(null, 0);
        int lostOrHalf = burst.lostOrHalf();
        rows.add(new Row(result.sent() + " report submissions at the same moment, both nodes", result.sent(), result.failed(), lostOrHalf,
                "–", result.failed() == 0 && lostOrHalf == 0 && burst.submitted() == result.sent(),
                "answers " + result.statuses() + "; every report submitted once; all answered in " + String.format("%.1f s", result.seconds())));
        burst.closePeriods();
    }

    private void nodeKilledDuringSubmissions() {
        freshTokens();
        Burst burst = Burst.prepare(this, "kill");
        Burst.Result result = burst.fire(() -> cluster.kill(2), 150);
        int halfRightAfter = burst.lostOrHalf();
        long resentAt = System.nanoTime();
        int resentFailed = burst.resendFailed(result);
        double recovery = (System.nanoTime() - resentAt) / 1e9;
        int lostOrHalf = Math.max(halfRightAfter, burst.lostOrHalf());
        cluster.restart(2);
        rows.add(new Row("node 2 killed during " + result.sent() + " submissions", result.sent(), result.failed(), lostOrHalf,
                String.format("%.1f s", recovery), lostOrHalf == 0 && resentFailed == 0 && burst.submitted() == result.sent(),
                "answers " + result.statuses() + "; every report fully submitted or still a draft; the " + result.failed() + " failed sent again: all submitted"));
        burst.closePeriods();
    }

    private void databaseAway() {
        freshTokens();
        Load load = Load.start(8, this::read, status -> status == 200 || status == 503);
        sleep(3_000);
        database.cut();
        List<String> triedTitles = new ArrayList<>();
        int writes = 0;
        int writesRefused = 0;
        long cutAt = System.nanoTime();
        while (System.nanoTime() - cutAt < TimeUnit.SECONDS.toNanos(30)) {
            String title = TestRun.unique("Under databasavbrottet " + writes);
            triedTitles.add(title);
            writes++;
            int status = status(post(editorTokens.get(0), "lokala-planer", Json.createObjectBuilder().add("lockVersion", 0).add("title", title)
                    .add("shape", "MEASURES").add("status", "DRAFT").add("decidedBy", "Socialnämnden").build()));
            if (status == 503) {
                writesRefused++;
            }
            sleep(2_000);
        }
        database.mend();
        long mendedAt = System.nanoTime();
        sleep(10_000);
        Load.Result result = load.stop();
        double recovery = result.lastRefusalAfter(mendedAt, 503);
        int stored = Integer.parseInt(TestDatabase.column("SELECT COUNT(*) FROM local_plan WHERE title IN ("
                + triedTitles.stream().map(t -> "?").collect(Collectors.joining(",")) + ")", triedTitles.toArray()).get(0));
        boolean held = result.failed() == 0 && stored == 0 && writesRefused == writes && recovery <= 10.0;
        rows.add(new Row("database out of reach for 30 s, 8 users reading, writes tried", result.requests() + writes, result.failed(),
                stored, String.format("%.1f s", recovery), held,
                result.refused(503) + " answers 503 'tillfälligt fel' (answers " + result.statuses() + ") and " + writesRefused + "/" + writes + " writes refused, none stored; recovery counted from the database's return"));
    }

    private void keycloakAway() {
        freshTokens();
        Load load = Load.start(8, this::read);
        sleep(3_000);
        boolean stopped = keycloak("stop") && !keycloakAnswers();
        int logins = 0;
        int loginsToldClearly = 0;
        long stoppedAt = System.nanoTime();
        while (System.nanoTime() - stoppedAt < TimeUnit.SECONDS.toNanos(20)) {
            logins++;
            if (toldLoginUnavailable(anonymousPage())) {
                loginsToldClearly++;
            }
            sleep(2_000);
        }
        boolean started = keycloak("start");
        long startedAt = System.nanoTime();
        double recovery = -1;
        while (System.nanoTime() - startedAt < TimeUnit.SECONDS.toNanos(30)) {
            String location = anonymousPage().headers().firstValue("Location").orElse("");
            if (location.contains("/protocol/openid-connect/auth")) {
                recovery = (System.nanoTime() - startedAt) / 1e9;
                break;
            }
            sleep(250);
        }
        int newLogin = read(PortalApi.token(editors.get(0)), "api/lokala-planer");
        Load.Result result = load.stop();
        boolean held = stopped && started && result.failed() == 0 && loginsToldClearly == logins && recovery >= 0 && recovery <= 10.0 && newLogin == 200;
        rows.add(new Row("Keycloak stopped for 20 s and more, 8 logged-in users reading, logins tried", result.requests() + logins,
                result.failed() + logins - loginsToldClearly, 0, String.format("%.1f s", recovery), held,
                "answers " + result.statuses() + " to logged-in users; " + loginsToldClearly + "/" + logins
                        + " logins sent to the portal's page 'Inloggningen fungerar inte just nu' (503); recovery counted from Keycloak's return"
                        + " to the first login sent to Keycloak; a new login then read with status " + newLogin));
    }

    private void rollingRedeploy() {
        freshTokens();
        Load load = Load.start(16, this::read);
        AtomicBoolean redeploying = new AtomicBoolean(true);
        List<Integer> writeStatuses = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread writer = new Thread(() -> {
            for (int n = 0; redeploying.get(); n++) {
                writeStatuses.add(status(post(editorTokens.get(1), "lokala-planer", Json.createObjectBuilder().add("lockVersion", 0)
                        .add("title", TestRun.unique("Under omdriftsättningen " + n)).add("shape", "MEASURES").add("status", "DRAFT")
                        .add("decidedBy", "Socialnämnden").build())));
                sleep(1_000);
            }
        });
        sleep(3_000);
        writer.start();
        long startedAt = System.nanoTime();
        boolean redeployed = cluster.redeploy();
        double took = (System.nanoTime() - startedAt) / 1e9;
        sleep(3_000);
        redeploying.set(false);
        try {
            writer.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Load.Result result = load.stop();
        long writesFailed = writeStatuses.stream().filter(status -> status != 201 && status != 200).count();
        boolean held = redeployed && result.failed() == 0 && writesFailed == 0;
        rows.add(new Row("rolling redeploy of the EAR, node by node, 16 users reading, writes meanwhile", result.requests() + writeStatuses.size(),
                result.failed() + (int) writesFailed, 0, "–", held,
                "answers " + result.statuses() + "; writes " + writeStatuses.stream().collect(Collectors.groupingBy(s -> s, java.util.TreeMap::new,
                        Collectors.counting())) + "; both nodes redeployed in " + String.format("%.0f s", took)));
    }

    /** New access tokens for the editors: the realm's last 5 minutes, less than the whole run. */
    private void freshTokens() {
        editorTokens.clear();
        editors.forEach(username -> editorTokens.add(PortalApi.token(username)));
    }

    /** A browser that has not logged in asks for the start page (redirects not followed). */
    private static HttpResponse<String> anonymousPage() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(TestCluster.URL + "index.xhtml")).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether a login attempt was sent to the portal's page about logins not working, and that page says so in Swedish with 503. */
    private static boolean toldLoginUnavailable(HttpResponse<String> attempt) {
        String location = attempt.headers().firstValue("Location").orElse("");
        if (attempt.statusCode() != 302 || !location.contains("/inloggning-ej-tillganglig?tillbaka=")) {
            return false;
        }
        try {
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(TestCluster.URL).resolve(location)).timeout(Duration.ofSeconds(30))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return page.statusCode() == 503 && page.body().contains("Inloggningen fungerar inte just nu")
                    && page.body().contains("href=\"/samverkansportalen/index.xhtml\"");
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean keycloakAnswers() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(System.getProperty("keycloak.url", "http://localhost:8180")
                    + "/realms/samverkan/.well-known/openid-configuration")).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs the project's {@code keycloak/bin/keycloak.sh} with the command; whether it succeeded. */
    private static boolean keycloak(String command) {
        try {
            Process process = new ProcessBuilder("bash", System.getProperty("keycloak.script", "../keycloak/bin/keycloak.sh"), command)
                    .inheritIO().start();
            return process.waitFor(300, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One simulated user's read: her kommun's start page or a report through the API, by turns. */
    private int read(int user, int turn) {
        return read(editorTokens.get(user % editorTokens.size()), turn % 2 == 0 ? "index.xhtml" : "api/lokala-planer");
    }

    private static int read(String token, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(TestCluster.URL + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/html, application/json").GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static HttpResponse<String> post(String token, String apiPath, JsonObject body) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(TestCluster.URL + "api/" + apiPath)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static int status(HttpResponse<?> response) {
        return response == null ? -1 : response.statusCode();
    }

    private void print() {
        StringBuilder table = new StringBuilder("\n| scenario | requests | failed requests | lost or half writes | time to recover | held |\n|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            table.append(String.format("| %s | %d | %d | %d | %s | %s |%n", row.scenario(), row.requests(), row.failed(), row.lostOrHalf(),
                    row.recovery(), row.held() ? "yes" : "NO"));
        }
        rows.forEach(row -> table.append("  ").append(row.scenario()).append(": ").append(row.note()).append('\n'));
        table.append(String.format("faults: %d scenarios, %d held%n", rows.size(), rows.stream().filter(Row::held).count()));
        System.out.print(table);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Users reading in a loop until stopped; each answer's time and status kept. */
    static final class Load {

        /** One request: when it ended (System.nanoTime) and its status (-1: no answer). */
        record Outcome(long endedAt, int status) {
        }

        /** A user's request: user number, turn number → HTTP status. */
        interface Request {
            int send(int user, int turn);
        }

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        private final ExecutorService users;
        private final IntPredicate ok;

        private Load(int count, IntPredicate ok) {
            this.users = Executors.newFixedThreadPool(count);
            this.ok = ok;
        }

        static Load start(int users, Request request) {
            return start(users, request, status -> status == 200);
        }

        static Load start(int users, Request request, IntPredicate ok) {
            Load load = new Load(users, ok);
            for (int u = 0; u < users; u++) {
                int user = u;
                load.users.submit(() -> {
                    for (int turn = 0; load.running.get(); turn++) {
                        int status = request.send(user, turn);
                        load.outcomes.add(new Outcome(System.nanoTime(), status));
                    }
                });
            }
            return load;
        }

        Result stop() {
            running.set(false);
            users.shutdown();
            try {
                users.awaitTermination(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Result(List.copyOf(outcomes), ok);
        }

        /** What the users saw. */
        record Result(List<Outcome> outcomes, IntPredicate ok) {

            int requests() {
                return outcomes.size();
            }

            int failed() {
                return (int) outcomes.stream().filter(o -> !ok.test(o.status())).count();
            }

            /** How many answers had each status (-1: no answer), e.g. "200×480 503×12". */
            String statuses() {
                return outcomes.stream().collect(Collectors.groupingBy(Outcome::status, java.util.TreeMap::new, Collectors.counting()))
                        .entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(" "));
            }

            int refused(int status) {
                return (int) outcomes.stream().filter(o -> o.status() == status).count();
            }

            /** Seconds from {@code since} to the last failed answer after it (0 when none failed). */
            double lastFailureAfter(long since) {
                return outcomes.stream().filter(o -> !ok.test(o.status()) && o.endedAt() > since)
                        .mapToLong(o -> o.endedAt() - since).max().orElse(0) / 1e9;
            }

            /** Seconds from {@code since} to the last answer with the status after it (0 when none). */
            double lastRefusalAfter(long since, int status) {
                return outcomes.stream().filter(o -> o.status() == status && o.endedAt() > since)
                        .mapToLong(o -> o.endedAt() - since).max().orElse(0) / 1e9;
            }
        }
    }

    /**
     * Reports of every kommun in periods opened for the burst, read once (drafts made) and then
     * submitted all at the same moment, each by its kommun's editor.
     */
    static final class Burst {

        private final ClusterFaultRun run;
        private final List<Long> periods = new ArrayList<>();
        private final List<Submission> submissions = new ArrayList<>();

        /** A report to submit: whose, which period, the body to send. */
        record Submission(String token, long period, JsonObject body) {
        }

        /** What the burst saw: sent, failed (their indexes), each status's count and how long it took. */
        record Result(int sent, Set<Integer> failedIndexes, String statuses, double seconds) {
            int failed() {
                return failedIndexes.size();
            }
        }

        private Burst(ClusterFaultRun run) {
            this.run = run;
        }

        static Burst prepare(ClusterFaultRun run, String name) {
            Burst burst = new Burst(run);
            PortalApi coordinator = PortalApi.as("samordnare", TestCluster.URL);
            for (int i = 0; i < PERIODS_PER_BURST; i++) {
                var slot = TestDatabase.freePeriod("MONTH");
                PortalApi.Answer opened = coordinator.post("rapportperioder", Json.createObjectBuilder().add("kind", slot.kind())
                        .add("year", slot.year()).add("number", slot.number()).add("deadline", slot.deadline().toString()).build());
                assertThat(opened.status()).as(opened.body()).isEqualTo(201);
                burst.periods.add(opened.object().getJsonNumber("id").longValue());
            }
            for (String token : run.editorTokens) {
                PortalApi editor = PortalApi.withToken(token, TestCluster.URL);
                for (long period : burst.periods) {
                    JsonObject report = editor.get("rapporter/" + period).object();
                    burst.submissions.add(new Submission(token, period, ReportBodies.withFirstItem(report, "GREEN", "Enligt plan (" + name + ").")));
                }
            }
            return burst;
        }

        /** Sends every submission at the same moment; runs {@code fault} {@code faultAfterMillis} after the start, if given. */
        Result fire(Runnable fault, long faultAfterMillis) {
            ExecutorService senders = Executors.newFixedThreadPool(submissions.size());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (Submission s : submissions) {
                answers.add(senders.submit(() -> {
                    start.await();
                    return status(post(s.token(), "rapporter/" + s.period() + "/inskickning", s.body()));
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            if (fault != null) {
                sleep(faultAfterMillis);
                fault.run();
            }
            Set<Integer> failed = new java.util.TreeSet<>();
            java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
            for (int i = 0; i < answers.size(); i++) {
                int status;
                try {
                    status = answers.get(i).get(120, TimeUnit.SECONDS);
                } catch (Exception e) {
                    status = -1;
                }
                statuses.merge(status, 1, Integer::sum);
                if (status != 200) {
                    failed.add(i);
                }
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            senders.shutdownNow();
            return new Result(submissions.size(), failed, statuses.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
                    .collect(Collectors.joining(" ")), seconds);
        }

        /** Sends the failed submissions again, as their users would (reading the report first); answers how many still failed. */
        int resendFailed(Result result) {
            int stillFailed = 0;
            for (int index : result.failedIndexes()) {
                Submission s = submissions.get(index);
                PortalApi editor = PortalApi.withToken(s.token(), TestCluster.URL);
                PortalApi.Answer report = editor.get("rapporter/" + s.period());
                if (report.status() == 200 && "SUBMITTED".equals(report.object().getString("status", ""))) {
                    continue; // stored before the node died: submitted once, not twice
                }
                int status = report.status() != 200 ? report.status()
                        : status(post(s.token(), "rapporter/" + s.period() + "/inskickning",
                                ReportBodies.withFirstItem(report.object(), "GREEN", "Enligt plan (igen).")));
                if (status != 200) {
                    stillFailed++;
                }
            }
            return stillFailed;
        }

        /** Reports of the burst that are submitted (status SUBMITTED). */
        int submitted() {
            return Integer.parseInt(TestDatabase.column("SELECT COUNT(*) FROM progress_report WHERE status = 'SUBMITTED' AND period_id IN ("
                    + inPeriods() + ")").get(0));
        }

        /**
         * Reports of the burst that are neither a whole submission nor a draft: submitted without
         * exactly one stored submission, or a draft with one.
         */
        int lostOrHalf() {
            return Integer.parseInt(TestDatabase.column("SELECT COUNT(*) FROM progress_report r WHERE r.period_id IN (" + inPeriods() + ")"
                    + " AND ((r.status = 'SUBMITTED' AND (SELECT COUNT(*) FROM report_submission s WHERE s.report_id = r.id) <> 1)"
                    + " OR (r.status = 'DRAFT' AND EXISTS (SELECT 1 FROM report_submission s WHERE s.report_id = r.id)))").get(0));
        }

        void closePeriods() {
            PortalApi coordinator = PortalApi.as("samordnare", TestCluster.URL);
            periods.forEach(p -> coordinator.post("rapportperioder/" + p + "/stangning", jakarta.json.JsonValue.EMPTY_JSON_OBJECT));
        }

        private String inPeriods() {
            return periods.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
    }
}
