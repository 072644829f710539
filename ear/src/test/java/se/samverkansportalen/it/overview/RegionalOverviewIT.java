package se.samverkansportalen.it.overview;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.domain.metrics.SqlStatementCount;
import se.samverkansportalen.it.support.AsCoordinator;
import se.samverkansportalen.it.support.DatabaseProbe;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.ReportBodies;
import se.samverkansportalen.it.support.TestRun;
import se.samverkansportalen.service.report.RegionalOverview;

/**
 * The regional lägesbild counted against reports written in the test, in a tertial of its own.
 * Umeå and Skellefteå each fastställer a local plan with a measure linked to a delmål of the plan
 * that applies; Umeå, Skellefteå and Storuman report on one of the delmål's aktiviteter done in
 * every kommun (röd, grön, gul) and on their linked measures (grön, gul) and send their reports;
 * the LBU network asks Storuman for a komplettering, and Storuman turns its gul into röd in a
 * draft it has not sent. The region, the LBU network and a kommun then read the same lägesbild:
 * every kommun counted once, by the light it sent (Storuman's unsent röd stays with Storuman),
 * with the kommuner named; the linked work counted by the kommuner that linked it; the delmål as a
 * whole by each kommun's most serious light. An administrator may not read it. (The page and its
 * Excel and PDF downloads: {@code RegionalOverviewBrowserIT}.)
 * <p>
 * And the lägesbild is built from as many SQL statements (at most 10) for one kommun's report as
 * for every kommun's reports in two months of its trend: counted as EclipseLink sends them
 * ({@link SqlStatementCount}) for the service, and by the server's own metrics for a request of
 * the page.
 * <p>
 * In the container (the statement count is taken on the service's thread), with the reports
 * written through the API with real Keycloak tokens (a report belongs to the kommun of a token).
 */
@ExtendWith(ArquillianExtension.class)
class RegionalOverviewIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(RegionalOverviewIT.class, OverviewFixture.class, PortalApi.class, Periods.class,
                ReportBodies.class);
    }

    @EJB
    RegionalOverview overview;

    @EJB
    AsCoordinator coordinator;

    @EJB
    DatabaseProbe db;

    @EJB
    OverviewFixture fixture;

    private final PortalApi umea = PortalApi.as("socialchef.umea");
    private final PortalApi skelleftea = PortalApi.as("socialchef.skelleftea");
    private final PortalApi storuman = PortalApi.as("socialchef.storuman");
    private final PortalApi lbu = PortalApi.as("granskare.lbu");
    private final PortalApi region = PortalApi.as("samordnare");

    @Test
    void the_lagesbild_counts_the_lights_the_kommuner_sent_on_a_delmal_with_the_kommuner_behind_each_count() {
        long period = Periods.open(db.freePeriod("TERTIAL"));
        Long umeasPlan = null;
        Long skellefteasPlan = null;
        try {
            JsonObject before = lbu.get("lagesbild/" + period).object();
            JsonObject delmal = before.getJsonArray("areas").getValuesAs(JsonObject.class).stream()
                    .flatMap(a -> a.getJsonArray("subGoals").getValuesAs(JsonObject.class).stream())
                    .filter(s -> !s.getJsonArray("activities").isEmpty()).findFirst()
                    .orElseThrow(() -> new AssertionError("the plan that applies has a delmål with an aktivitet done in every kommun"));
            String delmalKey = delmal.getString("itemKey");
            String activityKey = delmal.getJsonArray("activities").getJsonObject(0).getString("itemKey");
            int kommuner = before.getInt("kommuner");
            assertThat(lights(activityOf(before, delmalKey, activityKey), "none").getInt("count"))
                    .as("nothing sent yet in a period of our own").isEqualTo(kommuner);

            String umeasMeasure = TestRun.unique("Familjehem på hemmaplan");
            umeasPlan = adoptedPlanWithMeasureLinkedTo(umea, delmalKey, umeasMeasure);
            String skellefteasMeasure = TestRun.unique("Samordnad individuell plan");
            skellefteasPlan = adoptedPlanWithMeasureLinkedTo(skelleftea, delmalKey, skellefteasMeasure);

            send(umea, period, Map.of(activityKey, "RED", umeasMeasure, "GREEN"));
            send(skelleftea, period, Map.of(activityKey, "GREEN", skellefteasMeasure, "YELLOW"));
            JsonObject storumansSent = send(storuman, period, Map.of(activityKey, "YELLOW"));
            long storumansItem = storumansSent.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(i -> i.getString("itemKey").equals(activityKey)).findFirst().orElseThrow().getJsonNumber("id").longValue();
            PortalApi.Answer returned = lbu.post("granskning/" + period + "/2421/komplettering", Json.createObjectBuilder()
                    .add("comment", "Beskriv vad som har försenat arbetet.").add("itemIds", Json.createArrayBuilder().add(storumansItem)).build());
            assertThat(returned.status()).as(returned.body()).isEqualTo(200);
            JsonObject reopened = storuman.get("rapporter/" + period).object();
            PortalApi.Answer draft = storuman.put("rapporter/" + period, answered(reopened, Map.of(activityKey, "RED")));
            assertThat(draft.status()).as("Storuman's unsent draft: " + draft.body()).isEqualTo(200);

            for (PortalApi reader : List.of(lbu, region, storuman)) {
                PortalApi.Answer answer = reader.get("lagesbild/" + period);
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                JsonObject read = answer.object();
                assertThat(read.getJsonObject("period").getJsonNumber("id").longValue()).isEqualTo(period);

                JsonObject activity = activityOf(read, delmalKey, activityKey);
                assertThat(names(lights(activity, "green"))).as("the aktivitet, grön").containsExactly("Skellefteå");
                assertThat(names(lights(activity, "yellow"))).as("Storuman's sent gul, not its unsent röd").containsExactly("Storuman");
                assertThat(names(lights(activity, "red"))).containsExactly("Umeå");
                assertThat(lights(activity, "none").getInt("count")).as("every other kommun: ingen uppgift").isEqualTo(kommuner - 3);
                assertThat(names(lights(activity, "none"))).doesNotContain("Umeå", "Skellefteå", "Storuman").contains("Vännäs");

                JsonObject picture = subGoal(read, delmalKey);
                assertThat(picture.getJsonArray("linkedKommuner").getValuesAs(JsonObject.class).stream().map(k -> k.getString("name")))
                        .as("kommuner with linked work").contains("Umeå", "Skellefteå");
                JsonObject localWork = picture.getJsonObject("localWork");
                assertThat(names(localWork.getJsonObject("green"))).as("Umeå's linked measure").containsExactly("Umeå");
                assertThat(names(localWork.getJsonObject("yellow"))).as("Skellefteå's linked measure").containsExactly("Skellefteå");
                assertThat(localWork.getJsonObject("red").getInt("count")).isZero();

                JsonObject overall = picture.getJsonObject("overall");
                assertThat(names(overall.getJsonObject("red"))).as("Umeå's röd aktivitet outweighs its grön measure").containsExactly("Umeå");
                assertThat(names(overall.getJsonObject("yellow"))).as("Skellefteå's gul measure, Storuman's gul aktivitet")
                        .containsExactly("Skellefteå", "Storuman");
                assertThat(overall.getJsonObject("green").getInt("count")).isZero();
                assertThat(overall.getJsonObject("none").getInt("count")).isEqualTo(kommuner - 3);
                var trend = picture.getJsonArray("trend").getValuesAs(JsonObject.class);
                assertThat(trend.get(trend.size() - 1).getJsonObject("period").getJsonNumber("id").longValue())
                        .as("the trend ends with the period shown").isEqualTo(period);
                assertThat(trend.get(trend.size() - 1).getJsonObject("lights")).isEqualTo(overall);
            }

            assertThat(PortalApi.as("admin.portal").get("lagesbild/" + period).status()).as("an administrator does not read it").isEqualTo(403);
            assertThat(lbu.get("lagesbild/999999999").status()).isEqualTo(404);
        } finally {
            close(umea, umeasPlan);
            close(skelleftea, skellefteasPlan);
            Periods.close(period);
        }
    }

    @Test
    void the_lagesbild_takes_as_many_sql_statements_for_every_kommuns_reports_over_two_periods_as_for_one_report() throws Exception {
        long earlier = Periods.open(db.freePeriod("MONTH"));
        long period = Periods.open(db.freePeriod("MONTH"));
        try {
            RegionalOverview.Overview empty = coordinator.call(() -> overview.forPeriod(period));
            assertThat(empty.trendPeriods().stream().map(RegionalOverview.PeriodRef::id))
                    .as("the month opened first is in the trend of the one opened next").contains(earlier);
            RegionalOverview.SubGoalPicture delmal = empty.areas().stream().flatMap(a -> a.subGoals().stream())
                    .filter(s -> !s.activities().isEmpty()).findFirst().orElseThrow();
            String activity = delmal.activities().get(0).itemKey();
            List<String> kommuner = db.kommunCodes();

            fixture.sent(period, kommuner.get(0), activity, "GREEN");
            int forOne = statements(period);
            int pageForOne = pageStatements(period);
            assertThat(greenFor(period, delmal.itemKey())).as("one kommun's report is read").isEqualTo(1);

            for (String kommun : kommuner) {
                fixture.sent(earlier, kommun, activity, "GREEN");
                if (!kommun.equals(kommuner.get(0))) {
                    fixture.sent(period, kommun, activity, "GREEN");
                }
            }
            int forEvery = statements(period);
            int pageForEvery = pageStatements(period);
            assertThat(greenFor(period, delmal.itemKey())).as("every kommun's report is read").isEqualTo(kommuner.size());
            assertThat(coordinator.call(() -> overview.forPeriod(period)).areas().stream().flatMap(a -> a.subGoals().stream())
                    .filter(s -> s.itemKey().equals(delmal.itemKey())).findFirst().orElseThrow().trend().stream()
                    .filter(p -> p.period().id() == earlier).findFirst().orElseThrow().lights().green().count())
                    .as("every kommun's report of the earlier month is read for the trend").isEqualTo(kommuner.size());

            assertThat(forEvery).as("statements for %d kommuners' reports in two months against one report", kommuner.size())
                    .isEqualTo(forOne);
            assertThat(forOne).as("periods, kommuner, the plan (plan, versions, areas, delmål, aktiviteter), links, lights")
                    .isLessThanOrEqualTo(10);
            assertThat(pageForEvery).as("the page's statements (the server's own count per request) for every kommun in two months")
                    .isEqualTo(pageForOne);
            assertThat(pageForOne).as("the page's statements per request").isLessThanOrEqualTo(10);
        } finally {
            fixture.removeReports(period);
            fixture.removeReports(earlier);
            Periods.close(period);
            Periods.close(earlier);
        }
    }

    /** The statements one reading of the lägesbild sends (after a first reading, so that nothing is read for the first time). */
    private int statements(long period) throws Exception {
        coordinator.call(() -> overview.forPeriod(period));
        SqlStatementCount.reset();
        coordinator.call(() -> overview.forPeriod(period));
        return SqlStatementCount.count();
    }

    /**
     * The statements the server itself counted for one request of the lägesbild page as the
     * regional coordinator opens it (its metrics, {@code samverkan.metrics=true} in the tests, taken
     * with {@code DELETE metrik}), after a first request so that nothing is read for the first time.
     */
    private int pageStatements(long period) {
        String page = "rapport/lagesbild.xhtml?period=" + period;
        assertThat(region.download(page).status()).isEqualTo(200);
        region.delete("metrik");
        assertThat(region.download(page).status()).isEqualTo(200);
        List<JsonObject> samples = region.delete("metrik").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("page").equals("/rapport/lagesbild.xhtml")).toList();
        assertThat(samples).as("the server recorded the request").hasSize(1);
        return samples.get(0).getInt("statements");
    }

    private int greenFor(long period, String delmalKey) throws Exception {
        return coordinator.call(() -> overview.forPeriod(period)).areas().stream().flatMap(a -> a.subGoals().stream())
                .filter(s -> s.itemKey().equals(delmalKey)).findFirst().orElseThrow().activities().get(0).lights().green().count();
    }

    /**
     * The kommun makes a measures plan with one measure linked to the delmål and fastställer it;
     * gives the plan's id.
     */
    private static long adoptedPlanWithMeasureLinkedTo(PortalApi kommun, String delmalKey, String measureTitle) {
        String title = TestRun.unique("Åtgärdsplan för lägesbilden");
        PortalApi.Answer created = kommun.post("lokala-planer", Json.createObjectBuilder().add("title", title).add("shape", "MEASURES")
                .add("status", "DRAFT").add("budgetSek", 100_000).add("decidedBy", "Socialnämnden").build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long plan = created.object().getJsonNumber("id").longValue();
        PortalApi.Answer measure = kommun.post("lokala-planer/" + plan + "/atgarder", Json.createObjectBuilder().add("title", measureTitle)
                .add("how", "Med stöd av FoU").add("costSek", 20_000).add("dueOn", "2027-06-30")
                .add("subGoalItemKeys", Json.createArrayBuilder().add(delmalKey)).build());
        assertThat(measure.status()).as(measure.body()).isIn(200, 201);
        JsonObject stored = kommun.get("lokala-planer/" + plan).object();
        PortalApi.Answer adopted = kommun.put("lokala-planer/" + plan, Json.createObjectBuilder().add("lockVersion", stored.getInt("lockVersion"))
                .add("title", title).add("shape", "MEASURES").add("status", "ADOPTED").add("budgetSek", 100_000)
                .add("decidedBy", "Socialnämnden").add("decidedOn", LocalDate.now().toString()).build());
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        return plan;
    }

    /** Puts the kommun's plan aside (avslutad) when the test ends, so that its measure is in no later report. */
    private static void close(PortalApi kommun, Long plan) {
        if (plan == null) {
            return;
        }
        JsonObject stored = kommun.get("lokala-planer/" + plan).object();
        kommun.put("lokala-planer/" + plan, Json.createObjectBuilder().add("lockVersion", stored.getInt("lockVersion"))
                .add("title", stored.getString("title")).add("shape", "MEASURES").add("status", "CLOSED").add("budgetSek", 100_000)
                .add("decidedBy", "Socialnämnden").add("decidedOn", stored.getString("decidedOn", LocalDate.now().toString())).build());
    }

    /** The kommun answers the items (by aktivitet key or measure title: light) and sends its report; gives the report as sent. */
    private static JsonObject send(PortalApi kommun, long period, Map<String, String> lights) {
        JsonObject report = kommun.get("rapporter/" + period).object();
        PortalApi.Answer sent = kommun.post("rapporter/" + period + "/inskickning", answered(report, lights));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.object().getString("status")).isEqualTo("SUBMITTED");
        return sent.object();
    }

    /** The report as the kommun sends it back: the named items ongoing with their light, the others untouched. */
    private static JsonObject answered(JsonObject report, Map<String, String> lights) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        int answered = 0;
        for (JsonObject item : report.getJsonArray("items").getValuesAs(JsonObject.class)) {
            var row = ReportBodies.row(item);
            String light = lights.entrySet().stream().filter(l -> item.getString("itemKey").equals(l.getKey())
                    || item.getString("label").endsWith(l.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
            if (light != null) {
                row.add("status", "ONGOING").add("light", light).add("narrative", "Arbetet pågår enligt plan.");
                answered++;
            }
            items.add(row);
        }
        assertThat(answered).as("every item the test answers is in the report: " + lights.keySet()).isEqualTo(lights.size());
        return Json.createObjectBuilder().add("lockVersion", report.getInt("lockVersion")).add("items", items).build();
    }

    private static JsonObject subGoal(JsonObject overview, String key) {
        return overview.getJsonArray("areas").getValuesAs(JsonObject.class).stream()
                .flatMap(a -> a.getJsonArray("subGoals").getValuesAs(JsonObject.class).stream())
                .filter(s -> s.getString("itemKey").equals(key)).findFirst().orElseThrow();
    }

    private static JsonObject activityOf(JsonObject overview, String delmalKey, String activityKey) {
        return subGoal(overview, delmalKey).getJsonArray("activities").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("itemKey").equals(activityKey)).findFirst().orElseThrow();
    }

    private static JsonObject lights(JsonObject activity, String light) {
        return activity.getJsonObject("lights").getJsonObject(light);
    }

    private static List<String> names(JsonObject bucket) {
        return bucket.getJsonArray("kommuner").getValuesAs(JsonObject.class).stream().map(k -> k.getString("name")).toList();
    }
}
