package se.samverkansportalen.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.DocumentedShape;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PlainHttp;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.ResourceEndpoints;
import se.samverkansportalen.it.support.TestRun;

/**
 * The API's contract as a kommun's IT department reads it (issue 17, "API contract"): WildFly's
 * OpenAPI document at {@code /openapi} names every resource method the web module declares (read
 * from its source, so a method added without reaching the document fails here), each with a
 * Swedish summary and an English description, under {@code /api/v1/} (the unversioned paths of
 * before answer the same), the bearer security scheme, and every refusal answered with the body
 * {@code ApiRefusal} whose documented properties are the record's own; nothing else answers there;
 * Swagger UI shows it at {@code /samverkansportalen/api-dokumentation/} without a login.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private static final URI PORTAL = URI.create(PortalApi.PORTAL_URL);
    private static final List<String> REFUSALS = List.of("400", "401", "403", "404", "409", "500", "503");

    @Test
    void everyResourceMethodIsInTheDocumentWithItsTextsAndRefusals() {
        JsonObject document = json(get(PORTAL.resolve("/openapi?format=JSON")));
        JsonObject paths = document.getJsonObject("paths");
        String prefix = PORTAL.getPath() + "api/";

        List<ResourceEndpoints.Endpoint> declared = ResourceEndpoints.declared().stream().filter(e -> !e.hidden()).toList();
        assertThat(declared).as("the resource classes' methods, read from their source").hasSizeGreaterThan(40);
        SoftAssertions softly = new SoftAssertions();
        for (ResourceEndpoints.Endpoint endpoint : declared) {
            checkOperation(softly, paths, prefix + "v1/" + endpoint.path(), endpoint.method());
        }
        long documented = paths.values().stream().mapToLong(item -> item.asJsonObject().keySet().stream()
                .filter(k -> List.of("get", "post", "put", "delete", "patch").contains(k)).count()).sum();
        softly.assertThat(documented).as("the document holds no operation the resource classes do not declare").isEqualTo(declared.size());
        softly.assertThat(paths.keySet()).as("every path is the versioned API's").allMatch(p -> p.startsWith(prefix + "v1/"));
        softly.assertAll();

        assertThat(document.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("bearer").getString("scheme"))
                .isEqualTo("bearer");
        assertThat(document.getJsonArray("security").getJsonObject(0).keySet()).containsExactly("bearer");
        assertThat(document.getJsonObject("info").getString("description")).contains("åtkomsttoken", "access token");
    }

    /** One operation of the document: there, with its texts and refusals. */
    private static void checkOperation(SoftAssertions softly, JsonObject paths, String path, String method) {
        String name = method + " " + path;
        JsonObject item = paths.getJsonObject(path);
        JsonObject operation = item == null ? null : item.getJsonObject(method.toLowerCase(Locale.ROOT));
        softly.assertThat(operation).as("%s in the document", name).isNotNull();
        if (operation == null) {
            return;
        }
        softly.assertThat(operation.getString("summary", "")).as("%s: a Swedish summary", name).isNotBlank();
        softly.assertThat(operation.getString("description", "")).as("%s: an English description", name)
                .isNotBlank().isNotEqualTo(operation.getString("summary", ""));
        for (String status : REFUSALS) {
            JsonObject response = operation.getJsonObject("responses").getJsonObject(status);
            softly.assertThat(response).as("%s answers %s", name, status).isNotNull();
            if (response != null) {
                softly.assertThat(response.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema")
                        .getString("$ref")).as("%s %s", name, status).isEqualTo("#/components/schemas/ApiRefusal");
            }
        }
    }

    /**
     * Only the portal's resources answer under /api: EclipseLink's JPA-RS resources (its jar is in
     * the EAR's lib) were once scanned into the API and answered there.
     */
    @Test
    void nothingButThePortalsResourcesAnswersUnderTheApi() {
        PortalApi region = PortalApi.as("samordnare");
        for (String path : List.of("v1/v2.0/samverkan/metadata", "v2.0/samverkan/metadata", "v1/v2.0/samverkan/entity/LocalPlan/1",
                "v1/v2.0/samverkan/query/LocalPlan.all")) {
            PortalApi.Answer answer = region.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain("eclipse", "problemType");
        }
    }

    /**
     * Each read of the API answers the shape its document names: the reads of a kommun editor, the
     * region and an administrator, on a plan and a reporting period of the test's own, checked
     * member by member against the documented 200 answer ({@link DocumentedShape}).
     */
    @Test
    void everyReadAnswersTheShapeItsDocumentNames() {
        JsonObject document = json(get(PORTAL.resolve("/openapi?format=JSON")));
        DocumentedShape shapes = new DocumentedShape(document);
        PortalApi umea = PortalApi.as("socialchef.umea");
        PortalApi region = PortalApi.as("samordnare");
        PortalApi admin = PortalApi.as("admin.portal");
        PortalApi.Answer created = umea.post("v1/lokala-planer", Json.createObjectBuilder().add("title", TestRun.unique("OpenApiIT:s plan"))
                .add("shape", "MEASURES").add("status", "DRAFT").add("budgetSek", 100_000).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long plan = created.object().getJsonNumber("id").longValue();
        assertThat(umea.post("v1/lokala-planer/" + plan + "/atgarder", Json.createObjectBuilder().add("title", "Utbilda personalen")
                .add("how", "Med stöd av FoU").add("costSek", 20_000).add("dueOn", "2027-06-30").build()).status()).isIn(200, 201);

        SoftAssertions softly = new SoftAssertions();
        Periods.during("MONTH", period -> {
            JsonObject report = umea.get("v1/rapporter/" + period).object();
            PortalApi.Answer sent = umea.post("v1/rapporter/" + period + "/inskickning", Json.createObjectBuilder()
                    .add("lockVersion", report.getInt("lockVersion")).add("items", Json.createArrayBuilder()).build());
            assertThat(sent.status()).as("Umeå submits, so that the region can review: %s", sent.body()).isEqualTo(200);
            String item = region.get("v1/matris/" + period).object().getJsonArray("columns").getJsonObject(0).getString("itemKey");
            Map<String, PortalApi> reads = new java.util.LinkedHashMap<>();
            for (String path : List.of("lokala-planer", "lokala-planer/" + plan, "rapportperioder", "rapporter/" + period,
                    "rapporter/" + period + "/faststallelser", "installningar/paminnelser", "kvalitetsberattelser", "lagesbild/" + period)) {
                reads.put(path, umea);
            }
            for (String path : List.of("alla-lokala-planer", "kommuner/2480/lokala-planer/" + plan, "granskning/" + period,
                    "granskning/" + period + "/2480", "granskning/" + period + "/2480/punkter/" + item,
                    "granskning/" + period + "/2480/faststallelser", "matris/" + period, "matris/" + period + "?sida=1&antal=5",
                    "trend/" + item)) {
                reads.put(path, region);
            }
            reads.put("admin/personuppgifter-i-historiken", admin);
            JsonObject paths = document.getJsonObject("paths");
            for (var read : reads.entrySet()) {
                PortalApi.Answer answer = read.getValue().get("v1/" + read.getKey());
                softly.assertThat(answer.status()).as("GET %s", read.getKey()).isEqualTo(200);
                String template = templateOf(paths, PORTAL.getPath() + "api/v1/" + read.getKey().replaceAll("\\?.*", ""));
                JsonObject documented = template == null ? null : paths.getJsonObject(template).getJsonObject("get").getJsonObject("responses")
                        .getJsonObject("200");
                JsonObject schema = documented == null || !documented.containsKey("content") ? null
                        : documented.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema");
                softly.assertThat(schema).as("GET %s: its 200 answer documented", read.getKey()).isNotNull();
                if (schema != null && answer.status() == 200) {
                    softly.assertThat(shapes.mismatches(Json.createReader(new StringReader(answer.body())).readValue(), schema))
                            .as("GET %s: the answer against its documented shape", read.getKey()).isEmpty();
                }
            }
        });
        softly.assertAll();
    }

    /** The document's path template that an address matches ({@code …/lokala-planer/12} → {@code …/lokala-planer/{id}}). */
    private static String templateOf(JsonObject paths, String address) {
        return paths.keySet().stream().filter(t -> address.matches(t.replaceAll("\\{[^}]+}", "[^/]+"))).findFirst().orElse(null);
    }

    @Test
    void theVersionedPathsAnswerAsTheOldOnes() {
        PortalApi umea = PortalApi.as("socialchef.umea");
        PortalApi.Answer old = umea.get("lokala-planer");
        PortalApi.Answer versioned = umea.get("v1/lokala-planer");
        assertThat(versioned.status()).isEqualTo(200);
        assertThat(versioned.body()).isEqualTo(old.body());
        PortalApi.Answer missing = umea.get("v1/lokala-planer/987654321");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.object().getString("error")).isNotBlank();
    }

    @Test
    void theRefusalBodyIsDocumentedAsTheRecordTheApiAnswers() throws IOException {
        JsonObject schema = json(get(PORTAL.resolve("/openapi?format=JSON"))).getJsonObject("components").getJsonObject("schemas")
                .getJsonObject("ApiRefusal");
        String source = Files.readString(Path.of("../web/src/main/java/se/samverkansportalen/web/api/ApiRefusal.java"));
        Matcher record = Pattern.compile("public record ApiRefusal\\(([^)]*)\\)").matcher(source);
        assertThat(record.find()).isTrue();
        List<String> components = Arrays.stream(record.group(1).split(",")).map(String::trim).map(c -> c.substring(c.lastIndexOf(' ') + 1))
                .toList();

        assertThat(schema.getJsonObject("properties").keySet()).containsExactlyInAnyOrderElementsOf(components);
    }

    @Test
    void swaggerUiShowsTheDocumentWithoutALogin() {
        HttpResponse<String> page = answer(PORTAL.resolve("api-dokumentation/"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Samverkansportalens API", "swagger-ui-bundle.js", "visning.js");
        Matcher script = Pattern.compile("src=\"\\.\\./(webjars/swagger-ui/[^\"]+/swagger-ui-bundle\\.js)\"").matcher(page.body());
        assertThat(script.find()).as("the page loads Swagger UI from its webjar").isTrue();
        assertThat(answer(PORTAL.resolve(script.group(1))).statusCode()).as("the webjar's version is the one the page names").isEqualTo(200);
        assertThat(answer(PORTAL.resolve("api-dokumentation/visning.js")).body()).contains("/openapi");
    }

    private static String get(URI address) {
        HttpResponse<String> answer = answer(address);
        assertThat(answer.statusCode()).as(address.toString()).isEqualTo(200);
        return answer.body();
    }

    private static HttpResponse<String> answer(URI address) {
        return PlainHttp.get(address, Map.of());
    }

    private static JsonObject json(String text) {
        return PlainHttp.json(text);
    }
}
