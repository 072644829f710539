package se.samverkansportalen.it.localplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.PortalApi.Answer;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.it.support.TestRun;

/**
 * Each kommun keeps its local plans to itself. Skellefteå's socialchef writes a plan; Umeå's
 * socialchef, with her own real login, can neither list, read, change nor delete it, and is told
 * exactly what she would be told about a plan that does not exist. The region and the LBU
 * network read every kommun's plans and change none. Calls go through the REST API with real
 * Keycloak tokens, so the kommun is the one in the token. Skellefteå's plan is made anew for each
 * test, titled for this run, and is found by its id and title.
 */
@ExtendWith(ArquillianExtension.class)
class LocalPlanIsolationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final PortalApi umea = PortalApi.as("socialchef.umea");
    private final PortalApi skelleftea = PortalApi.as("socialchef.skelleftea");
    private final String skellefteaTitle = TestRun.unique("Skellefteås handlingsplan för familjehemsvården");
    private long skellefteaPlan;

    @BeforeEach
    void skellefteaHasAPlan() {
        Answer created = skelleftea.post("lokala-planer", plan(skellefteaTitle, 800_000));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        skellefteaPlan = created.object().getJsonNumber("id").longValue();
        Answer withMeasure = skelleftea.post("lokala-planer/" + skellefteaPlan + "/atgarder", measure("Rekrytera familjehem", 300_000));
        assertThat(withMeasure.status()).as(withMeasure.body()).isEqualTo(200);
    }

    @Test
    void umea_cannot_list_read_change_or_delete_skellefteas_plan_and_hears_the_same_as_for_a_missing_plan() {
        assertThat(skelleftea.get("lokala-planer").array().getValuesAs(JsonObject.class))
                .as("Skellefteå's own list").extracting(p -> p.getJsonNumber("id").longValue() + " " + p.getString("title"))
                .contains(skellefteaPlan + " " + skellefteaTitle);
        var umeasList = umea.get("lokala-planer").array().getValuesAs(JsonObject.class);
        assertThat(umeasList).as("Umeå's list").extracting(p -> p.getJsonNumber("id").longValue()).doesNotContain(skellefteaPlan);
        assertThat(umeasList).extracting(p -> p.getString("title")).doesNotContain(skellefteaTitle);

        Answer read = umea.get("lokala-planer/" + skellefteaPlan);
        Answer missing = umea.get("lokala-planer/999999999");
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.refusal()).isEqualTo(missing.refusal());
        assertThat(read.body()).contains("localplan.error.notFound");

        assertThat(umea.put("lokala-planer/" + skellefteaPlan, plan("Kapad av Umeå", 1)).status()).isEqualTo(404);
        assertThat(umea.post("lokala-planer/" + skellefteaPlan + "/atgarder", measure("Umeås åtgärd", 1)).status())
                .isEqualTo(404);
        assertThat(umea.delete("lokala-planer/" + skellefteaPlan).status()).isEqualTo(404);
        assertThat(umea.post("lokala-planer/" + skellefteaPlan + "/indikatorer", indicator("Umeås mått", "2027-01", 3)).status())
                .isEqualTo(404);

        JsonObject stillThere = skelleftea.get("lokala-planer/" + skellefteaPlan).object();
        assertThat(stillThere.getString("title")).isEqualTo(skellefteaTitle);
        assertThat(stillThere.getJsonArray("measures")).hasSize(1);
    }

    @Test
    void every_row_written_carries_the_writers_kommun_whatever_the_request_body_says() {
        JsonObject claimingUmea = Json.createObjectBuilder(plan("Plan som påstår sig vara Umeås", 10))
                .add("kommunCode", "2480").build();
        long id = skelleftea.post("lokala-planer", claimingUmea).object().getJsonNumber("id").longValue();
        skelleftea.post("lokala-planer/" + id + "/atgarder", measure("Åtgärd", 5));
        skelleftea.post("lokala-planer/" + id + "/indikatorer", indicator("Nya familjehem", "2027-01", 4));

        assertThat(TestDatabase.column("SELECT kommun_code FROM local_plan WHERE id = ?", id)).containsExactly("2482");
        assertThat(TestDatabase.column("SELECT kommun_code FROM local_measure WHERE plan_id = ?", id)).containsExactly("2482");
        assertThat(TestDatabase.column("SELECT DISTINCT l.kommun_code FROM local_measure_link l "
                + "JOIN local_measure m ON m.id = l.measure_id WHERE m.plan_id = ?", id)).containsExactly("2482");
        assertThat(TestDatabase.column("SELECT kommun_code FROM local_indicator WHERE plan_id = ?", id)).containsExactly("2482");
        assertThat(TestDatabase.column("SELECT v.kommun_code FROM local_indicator_value v "
                + "JOIN local_indicator i ON i.id = v.indicator_id WHERE i.plan_id = ?", id)).containsExactly("2482");
    }

    @Test
    void the_region_and_the_lbu_network_read_every_kommuns_plans_and_change_none() {
        for (String reader : new String[] {"samordnare", "granskare.lbu"}) {
            PortalApi api = PortalApi.as(reader);
            assertThat(api.get("alla-lokala-planer").array().getValuesAs(JsonObject.class))
                    .extracting(p -> p.getJsonNumber("id").longValue()).contains(skellefteaPlan);
            assertThat(api.get("kommuner/2482/lokala-planer/" + skellefteaPlan).object().getString("title"))
                    .isEqualTo(skellefteaTitle);
            assertThat(api.get("kommuner/2480/lokala-planer/" + skellefteaPlan).status())
                    .as("the plan is Skellefteå's, not Umeå's").isEqualTo(404);

            assertThat(api.put("lokala-planer/" + skellefteaPlan, plan("Ändrad av " + reader, 1)).status()).isEqualTo(403);
            assertThat(api.delete("lokala-planer/" + skellefteaPlan).status()).isEqualTo(403);
        }
        assertThat(umea.get("alla-lokala-planer").status()).as("a kommun does not read the others").isEqualTo(403);
    }

    @Test
    void a_measures_plan_adds_up_its_costs_against_the_budget_and_refuses_a_taken_number() {
        skelleftea.post("lokala-planer/" + skellefteaPlan + "/atgarder", measure("Handledning", 450_000));
        JsonObject plan = skelleftea.get("lokala-planer/" + skellefteaPlan).object();
        assertThat(plan.getJsonNumber("totalCostSek").longValue()).isEqualTo(750_000);

        JsonObject taken = Json.createObjectBuilder(measure("Dubblett", 1)).add("number", 1).build();
        Answer refused = skelleftea.post("lokala-planer/" + skellefteaPlan + "/atgarder", taken);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.object().getString("message")).isEqualTo("Det finns redan en åtgärd med nummer 1 i planen.");
        assertThat(refused.object().containsKey("errors")).as("a rule of the plan names no field").isFalse();

        int measures = skelleftea.get("lokala-planer/" + skellefteaPlan).object().getJsonArray("measures").size();
        Answer twoFields = skelleftea.post("lokala-planer/" + skellefteaPlan + "/atgarder", Json.createObjectBuilder(measure("", 1))
                .add("how", "x".repeat(4001)).build());
        assertThat(twoFields.status()).as(twoFields.body()).isEqualTo(400);
        assertThat(twoFields.object().getString("field")).as("the first field, as before").isEqualTo("how");
        assertThat(twoFields.object().getString("error")).isEqualTo("input.tooLong");
        assertThat(twoFields.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .as("every field at fault, in order, the first included")
                .extracting(e -> e.getString("field"), e -> e.getString("message"))
                .containsExactly(tuple("how", twoFields.object().getString("message")), tuple("title", "Titeln måste fyllas i."));
        assertThat(skelleftea.get("lokala-planer/" + skellefteaPlan).object().getJsonArray("measures")).as("nothing stored").hasSize(measures);
    }

    private static JsonObject plan(String title, long budget) {
        return Json.createObjectBuilder().add("title", title).add("shape", "MEASURES").add("status", "DRAFT")
                .add("budgetSek", budget).add("decidedBy", "Socialnämnden").build();
    }

    private static JsonObject indicator(String name, String period, int value) {
        return Json.createObjectBuilder().add("name", name).add("unit", "COUNT").add("periodicity", "MONTH")
                .add("rows", Json.createArrayBuilder().add(Json.createObjectBuilder().add("period", period).add("value", value)))
                .build();
    }

    private static JsonObject measure(String title, long cost) {
        return Json.createObjectBuilder().add("title", title).add("how", "Enligt plan").add("costSek", cost)
                .add("dueOn", "2027-06-30").add("subGoalItemKeys", Json.createArrayBuilder()
                        .add(subGoal("3.2"))).build();
    }

    private static String subGoal(String number) {
        return TestDatabase.column("SELECT s.item_key FROM sub_goal s JOIN improvement_area a ON a.id = s.area_id "
                + "JOIN plan_version v ON v.id = a.version_id WHERE s.number = ? ORDER BY v.number DESC LIMIT 1", number).get(0);
    }

}
