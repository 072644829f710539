package se.samverkansportalen.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.Eventually;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PlainHttp;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.ServerMetrics;

/**
 * The kommun's IT department runs the portal beside its other systems and asks of it what it asks
 * of every system (issue 17, "Operations"): is it up and can it reach what it needs
 * ({@code /health/live}, {@code /health/ready} with its checks {@code mariadb} and
 * {@code keycloak}, {@code /health/started} for a balancer, all on the management port), what is it
 * doing ({@code /metrics} in Prometheus' format: request timings by route, the datasource pool,
 * reports submitted and imports refused), and, when a user reads out the felkod of a refusal, which
 * lines of the JSON server log belong to that request.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private static final String MANAGEMENT = ServerMetrics.MANAGEMENT;
    private static final Path SERVER_LOG = Path.of(System.getProperty("test.server.log.dir", "target/test-server-log"), "server.log");

    @Test
    void healthSaysThePortalRunsAndReachesItsDatabaseAndKeycloak() {
        HttpResponse<String> live = get(MANAGEMENT + "/health/live", Map.of());
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(json(live.body()).getString("status")).isEqualTo("UP");

        HttpResponse<String> ready = get(MANAGEMENT + "/health/ready", Map.of());
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        Map<String, String> checks = json(ready.body()).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
        assertThat(checks).containsEntry("mariadb", "UP").containsEntry("keycloak", "UP");

        HttpResponse<String> started = get(MANAGEMENT + "/health/started", Map.of());
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.body()).contains("started-deployment.samverkansportalen.ear");
    }

    @Test
    void metricsCountTheReportsSubmittedTheImportsRefusedAndTimeEachEndpoint() {
        double submittedBefore = ServerMetrics.value("samverkan_reports_submitted_total");
        double refusedBefore = ServerMetrics.value("samverkan_imports_refused_total", "source=\"plan-file\"");
        String submissionRoute = "route=\"/api/v1/rapporter/{period}/inskickning\"";
        double timedBefore = ServerMetrics.value("samverkan_http_requests_seconds_count", submissionRoute, "status=\"200\"");

        PortalApi umea = PortalApi.as("socialchef.umea");
        Periods.during("MONTH", period -> {
            JsonObject report = umea.get("rapporter/" + period).object();
            PortalApi.Answer sent = umea.post("rapporter/" + period + "/inskickning", Json.createObjectBuilder()
                    .add("lockVersion", report.getInt("lockVersion")).add("items", Json.createArrayBuilder()).build());
            assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        });
        PortalApi.Answer refused = umea.postText("lokala-planer/import", "{\"title\": ");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);

        assertThat(ServerMetrics.value("samverkan_reports_submitted_total")).isEqualTo(submittedBefore + 1);
        assertThat(ServerMetrics.value("samverkan_imports_refused_total", "source=\"plan-file\"")).isEqualTo(refusedBefore + 1);
        assertThat(ServerMetrics.value("samverkan_http_requests_seconds_count", submissionRoute, "status=\"200\"")).isEqualTo(timedBefore + 1);
        assertThat(ServerMetrics.value("samverkan_http_requests_seconds_sum", submissionRoute, "status=\"200\"")).isPositive();
        assertThat(ServerMetrics.value("samverkan_http_requests_seconds_count", "route=\"/api/v1/lokala-planer/import\"", "status=\"400\"")).isPositive();
        assertThat(ServerMetrics.lines()).as("the datasource pool's figures").anyMatch(line -> line.startsWith("datasources_pool_active_count{")
                && line.contains("name=\"SamverkanDS\""));
    }

    @Test
    void aFelkodReadOutByAUserFindsTheRequestInTheJsonLog() throws IOException {
        String token = PortalApi.token("socialchef.umea");
        HttpResponse<String> missing = get(PortalApi.PORTAL_URL + "api/lokala-planer/987654321", Map.of("Authorization", "Bearer " + token));

        assertThat(missing.statusCode()).isEqualTo(404);
        String felkod = json(missing.body()).getString("reference");
        assertThat(felkod).matches("[A-Z2-9]{8}");
        assertThat(missing.headers().firstValue("X-Request-Id")).hasValue(felkod);

        HttpResponse<String> badToken = get(PortalApi.PORTAL_URL + "api/lokala-planer", Map.of("Authorization", "Bearer a.b.c"));
        assertThat(badToken.statusCode()).isEqualTo(401);
        String badTokenFelkod = json(badToken.body()).getString("reference");
        assertThat(badTokenFelkod).matches("[A-Z2-9]{8}").isNotEqualTo(felkod);

        List<JsonObject> lines = Eventually.await("the two requests' lines in server.log", Duration.ofSeconds(10),
                () -> logLines().stream().filter(line -> List.of(felkod, badTokenFelkod).contains(requestId(line))).toList(),
                found -> found.stream().map(OperationsIT::requestId).distinct().count() == 2);
        assertThat(lines).anySatisfy(line -> {
            assertThat(requestId(line)).isEqualTo(felkod);
            assertThat(line.getString("message")).contains("Answered 404", "/api/v1/lokala-planer/{id}");
            assertThat(line.getString("level")).isEqualTo("INFO");
        });
        assertThat(lines).anySatisfy(line -> {
            assertThat(requestId(line)).isEqualTo(badTokenFelkod);
            assertThat(line.getString("message")).contains("Answered 401");
        });
        assertThat(lines).as("nothing of the token in the log").noneMatch(line -> line.toString().contains(token));
    }

    private static String requestId(JsonObject line) {
        JsonObject mdc = line.getJsonObject("mdc");
        return mdc == null ? "" : mdc.getString("requestId", "");
    }

    /** Every line of the server log, each a JSON object (a line that is none fails the test). */
    private static List<JsonObject> logLines() {
        try {
            return Files.readAllLines(SERVER_LOG, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).map(line -> {
                try {
                    return json(line);
                } catch (JsonParsingException e) {
                    throw new AssertionError("server.log holds a line that is no JSON: " + line, e);
                }
            }).toList();
        } catch (IOException e) {
            throw new AssertionError("server.log at " + SERVER_LOG + " cannot be read", e);
        }
    }

    private static HttpResponse<String> get(String address, Map<String, String> headers) {
        return PlainHttp.get(URI.create(address), headers);
    }

    private static JsonObject json(String text) {
        return PlainHttp.json(text);
    }
}
