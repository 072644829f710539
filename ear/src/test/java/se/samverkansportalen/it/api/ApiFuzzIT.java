package se.samverkansportalen.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.ResourceEndpoints;
import se.samverkansportalen.it.support.TestDatabase;

/**
 * Never a 500 on bad input: every REST endpoint (the table {@link #ENDPOINTS}, which a test keeps
 * complete against the resource classes' source) is called with malformed, empty and wrongly typed
 * bodies, 100 000-character strings, exponent and huge numbers, unicode (å ä ö, Sami letters,
 * emoji, right-to-left, NUL), ids of another kommun, of nothing, and ids that are no numbers.
 * Hostile input is answered 400, 403, 404 or 409 with a Swedish message that carries no exception
 * text, and stores nothing (row counts of every table, audit included, unchanged). Text that is
 * merely unusual (emoji, Sami letters, right-to-left) may be accepted, but never with a 500.
 */
@ExtendWith(ArquillianExtension.class)
class ApiFuzzIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** An endpoint as a resource method declares it, the user who calls it, and whether it takes a body. */
    record Endpoint(String method, String path, String user, boolean body) {

        String key() {
            return method + " " + path.replaceAll("\\{[^}]+}", "{}");
        }
    }

    /**
     * Every REST endpoint of the portal. Placeholders: {plan} a plan of the caller's kommun (Umeå),
     * {measure}, {risk} of that plan, {period} an open period, {kommun} a kommun code, {item} a
     * report item key, {entry} an audit entry. Calls that would change the fixture with a valid id
     * (DELETE, closing a period, redacting an audit entry) are made by a user who may not, or with
     * hostile ids only (see {@link #idOnly}).
     */
    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "lokala-planer", "socialchef.umea", false),
            new Endpoint("POST", "lokala-planer", "socialchef.umea", true),
            new Endpoint("POST", "lokala-planer/import", "socialchef.umea", true),
            new Endpoint("GET", "lokala-planer/{plan}", "socialchef.umea", false),
            new Endpoint("PUT", "lokala-planer/{plan}", "socialchef.umea", true),
            new Endpoint("DELETE", "lokala-planer/{plan}", "socialchef.umea", false),
            new Endpoint("POST", "lokala-planer/{plan}/atgarder", "socialchef.umea", true),
            new Endpoint("PUT", "lokala-planer/{plan}/atgarder/{measure}", "socialchef.umea", true),
            new Endpoint("DELETE", "lokala-planer/{plan}/atgarder/{measure}", "socialchef.umea", false),
            new Endpoint("POST", "lokala-planer/{plan}/indikatorer", "socialchef.umea", true),
            new Endpoint("PUT", "lokala-planer/{riskplan}/risker/{risk}/bedomning", "socialchef.umea", true),
            new Endpoint("PUT", "lokala-planer/{riskplan}/mal/{goal}", "socialchef.umea", true),
            new Endpoint("DELETE", "lokala-planer/{riskplan}/mal/{goal}", "socialchef.umea", false),
            new Endpoint("PUT", "lokala-planer/{riskplan}/risker/{risk}", "socialchef.umea", true),
            new Endpoint("DELETE", "lokala-planer/{riskplan}/risker/{risk}", "socialchef.umea", false),
            new Endpoint("GET", "alla-lokala-planer", "granskare.lbu", false),
            new Endpoint("GET", "kommuner/{kommun}/lokala-planer/{plan}", "granskare.lbu", false),
            new Endpoint("GET", "rapportperioder", "socialchef.umea", false),
            new Endpoint("POST", "rapportperioder", "samordnare", true),
            new Endpoint("POST", "rapportperioder/{period}/stangning", "samordnare", false),
            new Endpoint("GET", "rapporter/{period}", "socialchef.umea", false),
            new Endpoint("PUT", "rapporter/{period}", "socialchef.umea", true),
            new Endpoint("POST", "rapporter/{period}/inskickning", "socialchef.umea", true),
            new Endpoint("GET", "rapporter/{period}/faststallelser", "socialchef.umea", false),
            new Endpoint("POST", "rapporter/{period}/faststallelser", "socialchef.umea", true),
            new Endpoint("GET", "rapporter/{period}/faststallelser/{version}/pdf", "socialchef.umea", false),
            new Endpoint("POST", "rapporter/{period}/rattelse", "socialchef.umea", false),
            new Endpoint("GET", "granskning/{period}", "granskare.lbu", false),
            new Endpoint("GET", "granskning/{period}/{kommun}", "granskare.lbu", false),
            new Endpoint("POST", "granskning/{period}/{kommun}/granskad", "granskare.lbu", false),
            new Endpoint("POST", "granskning/{period}/{kommun}/komplettering", "granskare.lbu", true),
            new Endpoint("GET", "granskning/{period}/{kommun}/punkter/{item}", "granskare.lbu", false),
            new Endpoint("GET", "granskning/{period}/{kommun}/faststallelser", "granskare.lbu", false),
            new Endpoint("GET", "granskning/{period}/{kommun}/faststallelser/{version}/pdf", "granskare.lbu", false),
            new Endpoint("GET", "matris/{period}", "granskare.lbu", false),
            new Endpoint("GET", "trend/{item}", "granskare.lbu", false),
            new Endpoint("GET", "lagesbild/{period}", "socialchef.umea", false),
            new Endpoint("POST", "paminnelser", "socialchef.umea", false),
            new Endpoint("GET", "installningar/paminnelser", "socialchef.umea", false),
            new Endpoint("PUT", "installningar/paminnelser", "socialchef.umea", true),
            new Endpoint("DELETE", "metrik", "socialchef.umea", false),
            new Endpoint("GET", "admin/personuppgifter-i-historiken", "socialchef.umea", false),
            new Endpoint("POST", "admin/historik/{entry}/rensning", "socialchef.umea", true),
            new Endpoint("GET", "kvalitetsberattelser", "socialchef.umea", false),
            new Endpoint("POST", "kvalitetsberattelser", "socialchef.umea", true),
            new Endpoint("GET", "kvalitetsberattelser/{kommun}/{year}", "socialchef.umea", false),
            new Endpoint("DELETE", "kvalitetsberattelser/{kommun}/{year}", "socialchef.umea", false),
            new Endpoint("GET", "kvalitetsberattelser/{kommun}/{year}/pdf", "socialchef.umea", false),
            new Endpoint("GET", "kvalitetsberattelser/{kommun}/{year}/docx", "socialchef.umea", false),
            new Endpoint("GET", "kvalitetsberattelser/{kommun}/{year}/avsnitt/{key}", "socialchef.umea", false),
            new Endpoint("PUT", "kvalitetsberattelser/{kommun}/{year}/avsnitt/{key}", "socialchef.umea", true),
            new Endpoint("POST", "kvalitetsberattelser/{kommun}/{year}/faststallande", "socialchef.umea", true),
            new Endpoint("POST", "kvalitetsberattelser/{kommun}/{year}/lokal-plan", "socialchef.umea", true),
            new Endpoint("GET", "nyckeltal", "socialchef.umea", false),
            new Endpoint("POST", "nyckeltal", "socialchef.umea", true),
            new Endpoint("GET", "nyckeltal/{figure}", "socialchef.umea", false),
            new Endpoint("DELETE", "nyckeltal/{figure}", "socialchef.umea", false),
            new Endpoint("POST", "nyckeltal/{figure}/kolada", "socialchef.umea", false),
            new Endpoint("POST", "nyckeltal/import", "socialchef.umea", true),
            new Endpoint("GET", "nyckeltal/export", "socialchef.umea", false),
            new Endpoint("GET", "nyckeltal/export.csv", "socialchef.umea", false),
            new Endpoint("GET", "lagesbild/nyckeltal", "granskare.lbu", false));

    /** Endpoints that must only ever be called with hostile ids here: a valid id would change or remove the fixture. */
    private static boolean idOnly(Endpoint e) {
        return e.method().equals("DELETE") || e.path().endsWith("/stangning");
    }

    private static final String LONG = "å".repeat(100_000);

    /** Ids that name nothing, nothing of the caller's, or are no numbers at all. */
    private static final List<String> HOSTILE_IDS = List.of("abc", "999999999", "-1", "0", "99999999999999999999", "1e3",
            "%00", "'%20OR%201=1", "%F0%9F%98%80", "x".repeat(2_000));

    /** Bodies that are not what any endpoint takes. */
    private static final List<String> MALFORMED_BODIES = List.of("", "null", "{", "[]", "\"text\"", "12", "{\"a\":",
            "\u0000", "{\"title\": {\"nested\": [1, 2]}, \"items\": \"not a list\", \"year\": \"tvåtusen\", \"kind\": 7}");

    /** Values put into every field a body may have: too long, too large, exponent, wrong type, NUL. */
    private static final Map<String, String> HOSTILE_VALUES = Map.of(
            "100 000 characters", "\"" + LONG + "\"",
            "exponent", "1e7",
            "huge exponent", "1e400",
            "huge negative", "-99999999999999999999999999",
            "NUL", "\"a\\u0000b\"",
            "personnummer", "\"Barnet 19121212-1212 har fått stöd\"");

    /** Unusual but honest text: may be accepted, never a 500. */
    private static final List<String> UNUSUAL_TEXTS = List.of("Åsa Ängström öppnar", "Čáhcegáddi ŋ đ ŧ ž – Sámi",
            "Mål 😀 uppnått", "\u202eעברית العربية", "\u00a0 \u2009 \u202f");

    /** The field names the portal's bodies use; a hostile body sets all of them at once. */
    private static final List<String> FIELDS = List.of("id", "planId", "periodId", "lockVersion", "title", "name", "text",
            "narrative", "comment", "how", "result", "description", "note", "number", "costSek", "budgetSek", "baseline",
            "target", "value", "decidedBy", "decidedOn", "registrationNumber", "objectives", "focusAreas", "status", "shape",
            "unit", "direction", "periodicity", "period", "kind", "year", "deadline", "dueOn", "likelihood", "severity",
            "itemIds", "remindersEnabled", "numeratorId", "denominatorId", "subGoalItemKeys", "items", "rows", "reason");

    @Test
    void every_endpoint_of_the_resource_classes_is_in_the_table() throws IOException {
        Set<String> declared = new TreeSet<>(ResourceEndpoints.declared().stream().map(ResourceEndpoints.Endpoint::key).toList());
        Set<String> listed = new TreeSet<>(ENDPOINTS.stream().map(Endpoint::key).toList());

        assertThat(listed).as("the fuzz table lists exactly the endpoints the resource classes declare").isEqualTo(declared);
    }

    @Test
    void hostile_input_to_every_endpoint_is_refused_in_swedish_and_stores_nothing() {
        Fixture fixture = Fixture.make();
        SoftAssertions softly = new SoftAssertions();
        int requests = 0;
        Map<String, String> tokens = new LinkedHashMap<>();
        for (Endpoint endpoint : ENDPOINTS) {
            String token = tokens.computeIfAbsent(endpoint.user(), PortalApi::token);
            List<Call> calls = calls(endpoint, fixture);
            for (Call call : calls) {
                long before = TestDatabase.rowCountOfEveryTable();
                Answer answer = send(endpoint.method(), call.path(), call.body(), token);
                requests++;
                String what = endpoint.key() + " with " + call.label();
                softly.assertThat(answer.status()).as(what + ": never a server error; body " + clip(answer.body())).isLessThan(500);
                if (call.hostile()) {
                    softly.assertThat(answer.status()).as(what + ": refused").isIn(400, 403, 404, 405, 409, 413, 414, 415);
                    softly.assertThat(TestDatabase.rowCountOfEveryTable()).as(what + ": nothing stored").isEqualTo(before);
                }
                if (answer.status() >= 400 && answer.status() != 414 && answer.status() != 413) {
                    softly.assertThat(answer.message()).as(what + ": a Swedish message").isNotBlank()
                            .doesNotContain("Exception", "SQL", "java.", "jakarta.", "org.", "select ", "SELECT", "Caused by")
                            .as(what + ": no parameter named as in the code")
                            .doesNotContain("kommunCode", "itemType", "returnedItemIds", "subGoalItemKey");
                }
            }
        }
        System.out.println("ApiFuzzIT: " + requests + " requests to " + ENDPOINTS.size() + " endpoints");
        assertThat(requests).as("the fuzz actually ran").isGreaterThan(ENDPOINTS.size() * 10);
        softly.assertAll();
    }

    @Test
    void a_broken_kommun_code_in_an_address_is_refused_in_plain_swedish_by_the_api_the_page_and_the_download() {
        PortalApi lbu = PortalApi.as("granskare.lbu");
        String token = PortalApi.token("granskare.lbu");
        long period = TestDatabase.column("SELECT id FROM reporting_period ORDER BY id LIMIT 1").stream()
                .map(Long::parseLong).findFirst().orElse(1L);

        Answer api = send("GET", "granskning/" + period + "/2480%00", null, token);
        assertThat(api.status()).as(api.body()).isEqualTo(400);
        assertThat(api.message()).startsWith("Kommunkoden i adressen är ogiltig.").doesNotContain("kommunCode", "tecken");
        Answer tooLong = send("GET", "granskning/" + period + "/248000", null, token);
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
        assertThat(tooLong.message()).startsWith("Kommunkoden i adressen är ogiltig.");

        String page = text(lbu.download("rapport/granska.xhtml?period=" + period + "&kommun=2480%00"));
        assertThat(page).contains("Kommunkoden i adressen är ogiltig.").doesNotContain("kommunCode");

        PortalApi.Download export = lbu.download("rapport/export?period=" + period + "&format=pdf&kommun=2480%00");
        assertThat(export.status()).isEqualTo(400);
        assertThat(text(export)).contains("Kommunkoden i adressen är ogiltig.").doesNotContain("kommunCode");
        PortalApi.Download noPeriod = lbu.download("rapport/export?period=abc&format=pdf");
        assertThat(noPeriod.status()).isEqualTo(400);
        assertThat(text(noPeriod)).contains("Adressen ska ange perioden").contains("lang=\"sv\"")
                .doesNotContain("period=ID", "Exception", "at se.", "Bad Request");
        PortalApi.Download noFormat = lbu.download("rapport/export?period=" + period + "&format=doc");
        assertThat(noFormat.status()).isEqualTo(400);
        assertThat(text(noFormat)).contains("format=pdf för rapporten").doesNotContain("format=pdf or", "Exception", "Bad Request");
    }

    private static String text(PortalApi.Download download) {
        return new String(download.content(), StandardCharsets.UTF_8);
    }

    /** One request of the fuzz. */
    record Call(String path, String body, String label, boolean hostile) {
    }

    private static List<Call> calls(Endpoint endpoint, Fixture fixture) {
        List<Call> calls = new ArrayList<>();
        List<String> placeholders = placeholders(endpoint.path());
        String valid = fixture.fill(endpoint.path());
        for (String placeholder : placeholders) {
            for (String id : HOSTILE_IDS) {
                calls.add(new Call(endpoint.path().replace("{" + placeholder + "}", id).transform(fixture::fill),
                        endpoint.body() ? "{}" : null, placeholder + "=" + clip(id), true));
            }
            String foreign = fixture.foreign(placeholder);
            if (foreign != null) {
                calls.add(new Call(endpoint.path().replace("{" + placeholder + "}", foreign).transform(fixture::fill),
                        endpoint.body() ? "{}" : null, placeholder + " of another kommun", true));
            }
        }
        if (endpoint.body() && !idOnly(endpoint)) {
            for (String body : MALFORMED_BODIES) {
                calls.add(new Call(valid, body, "body " + clip(body), true));
            }
            HOSTILE_VALUES.forEach((label, value) -> calls.add(new Call(valid, everyField(value), "every field " + label, true)));
            for (String text : UNUSUAL_TEXTS) {
                calls.add(new Call(valid, everyField(Json.createValue(text).toString()), "every field " + clip(text), false));
            }
        }
        if (!endpoint.body() && !idOnly(endpoint) && placeholders.isEmpty() && endpoint.method().equals("GET")) {
            calls.add(new Call(valid, null, "as it is", false));
        }
        return calls;
    }

    private static String everyField(String jsonValue) {
        StringBuilder body = new StringBuilder("{");
        for (String field : FIELDS) {
            body.append(body.length() > 1 ? "," : "").append('"').append(field).append("\":").append(jsonValue);
        }
        return body.append('}').toString();
    }

    private static List<String> placeholders(String path) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** What the fuzz needs to exist: Umeå's plans (measures, risks), Skellefteå's plan, an open period. */
    record Fixture(long plan, long measure, long riskPlan, long goal, long risk, long foreignPlan, long period, String item, long entry,
            int qualityYear, long figure, long foreignFigure) {

        static Fixture make() {
            PortalApi umea = PortalApi.as("socialchef.umea");
            JsonObject plan = umea.post("lokala-planer", Json.createObjectBuilder().add("shape", "MEASURES").add("status", "DRAFT")
                    .add("title", "Fuzzplanen").build()).object();
            long planId = plan.getJsonNumber("id").longValue();
            JsonObject withMeasure = umea.post("lokala-planer/" + planId + "/atgarder",
                    Json.createObjectBuilder().add("title", "Fuzzåtgärd").build()).object();
            long measure = withMeasure.getJsonArray("measures").getJsonObject(0).getJsonNumber("id").longValue();
            String nacka;
            try {
                nacka = Files.readString(Path.of("../ejb/src/main/resources/seed/local-plan-risks-nacka-2020.json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            JsonObject riskPlan = umea.postText("lokala-planer/import", nacka).object();
            long riskPlanId = riskPlan.getJsonNumber("id").longValue();
            long risk = Long.parseLong(TestDatabase.column("SELECT MIN(r.id) FROM local_risk r JOIN local_goal g ON g.id = r.goal_id "
                    + "WHERE g.plan_id = ?", riskPlanId).get(0));
            long goal = Long.parseLong(TestDatabase.column("SELECT goal_id FROM local_risk WHERE id = ?", risk).get(0));
            PortalApi skelleftea = PortalApi.as("socialchef.skelleftea");
            long foreign = skelleftea.post("lokala-planer", Json.createObjectBuilder().add("shape", "MEASURES").add("status", "DRAFT")
                    .add("title", "Skellefteås fuzzplan").build()).object().getJsonNumber("id").longValue();
            PortalApi region = PortalApi.as("samordnare");
            JsonObjectBuilder period = Json.createObjectBuilder().add("kind", "MONTH").add("year", 2099).add("number", 7)
                    .add("deadline", "2099-08-10");
            var opened = region.post("rapportperioder", period.build());
            long periodId = opened.status() == 201 ? opened.object().getJsonNumber("id").longValue()
                    : Long.parseLong(TestDatabase.column("SELECT id FROM reporting_period WHERE kind = 'MONTH' AND year = 2099 AND number = 7").get(0));
            String item = TestDatabase.column("SELECT a.item_key FROM activity a WHERE a.per_kommun = TRUE LIMIT 1").get(0);
            long entry = Long.parseLong(TestDatabase.column("SELECT MAX(id) FROM audit_entry").get(0));
            int qualityYear = se.samverkansportalen.it.support.QualityYears.freeOf("2480");
            umea.post("kvalitetsberattelser", Json.createObjectBuilder().add("year", qualityYear).build());
            return new Fixture(planId, measure, riskPlanId, goal, risk, foreign, periodId, item, entry, qualityYear,
                    keyFigure(umea), keyFigure(skelleftea));
        }

        /** The caller's kommun's key figure F99999, followed now or by an earlier run. */
        static long keyFigure(PortalApi kommun) {
            kommun.post("nyckeltal", Json.createObjectBuilder().add("kpi", "F99999").add("title", "Fuzznyckeltal").build());
            return kommun.get("nyckeltal").array().stream().map(v -> v.asJsonObject())
                    .filter(f -> f.getString("kpi").equals("F99999")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        }

        String fill(String path) {
            return path.replace("{plan}", String.valueOf(plan)).replace("{measure}", String.valueOf(measure))
                    .replace("{riskplan}", String.valueOf(riskPlan)).replace("{risk}", String.valueOf(risk))
                    .replace("{goal}", String.valueOf(goal))
                    .replace("{period}", String.valueOf(period)).replace("{kommun}", "2480").replace("{item}", item)
                    .replace("{entry}", String.valueOf(entry)).replace("{year}", String.valueOf(qualityYear)).replace("{key}", "complaints")
                    .replace("{version}", "1").replace("{figure}", String.valueOf(figure));
        }

        /** Another kommun's id for a placeholder, where one means something. */
        String foreign(String placeholder) {
            return switch (placeholder) {
                case "plan", "riskplan" -> String.valueOf(foreignPlan);
                case "kommun" -> "9999";
                case "figure" -> String.valueOf(foreignFigure);
                default -> null;
            };
        }
    }

    /** An answer: status, body, and the message of a JSON refusal body. */
    record Answer(int status, String body) {

        String message() {
            try (var reader = Json.createReader(new java.io.StringReader(body))) {
                return reader.readObject().getString("message", "");
            } catch (RuntimeException e) {
                return "";
            }
        }
    }

    private static Answer send(String method, String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PortalApi.PORTAL_URL + "api/" + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").header("Content-Type", "application/json");
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HTTP.send(request.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String clip(String text) {
        if (text == null) {
            return "null";
        }
        String shown = text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
        return URLEncoder.encode(shown, StandardCharsets.UTF_8).length() > 0 ? shown : shown;
    }
}
