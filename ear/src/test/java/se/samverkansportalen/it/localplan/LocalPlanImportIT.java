package se.samverkansportalen.it.localplan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.PortalApi.Answer;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.it.support.TestRun;

/**
 * Umeå's socialchef reads a plan file into the portal. A file with one bad figure stores nothing
 * at all and says where the problem is; the good file gives nine measures costing exactly the
 * budget, read back as stored. The demo start has put the same example into Storuman, labelled with
 * its source. Each file read in here carries a title of this run, so that what is (or is not)
 * stored is told apart from earlier runs' plans.
 */
@ExtendWith(ArquillianExtension.class)
class LocalPlanImportIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final PortalApi umea = PortalApi.as("socialchef.umea");

    @Test
    void a_file_with_one_bad_cost_stores_nothing_and_names_the_measure_and_field() throws IOException {
        String title = TestRun.unique("Uppsalas plan med ett fel");
        String uppsala = uppsala(title);
        String broken = uppsala.replace("\"costSek\": 500000 },\n      { \"number\": 8", "\"costSek\": \"500 tkr\" },\n      { \"number\": 8");
        assertThat(broken).as("the file was broken as intended").isNotEqualTo(uppsala);

        Answer refused = postRaw(broken);

        assertThat(TestDatabase.column("SELECT COUNT(*) FROM local_plan WHERE title = ?", title)).as("no plan stored").containsExactly("0");
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM audit_entry WHERE item_label = ? OR new_value = ?", title, title))
                .as("nothing audited").containsExactly("0");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.object().getString("message"))
                .isEqualTo("Kostnaden i åtgärd 7 ska vara ett heltal skrivet med bara siffror, till exempel 500000. Ingenting har sparats.");
    }

    @Test
    void a_file_without_the_plan_itself_is_refused_in_plain_swedish_and_stores_nothing() {
        String title = TestRun.unique("Ingen plan");
        Answer refused = postRaw("{\"kommun\": {\"code\": \"2480\", \"name\": \"Umeå\"}, \"title\": \"" + title + "\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.object().getString("message")).isEqualTo("Filen saknar själva planen. Kontrollera att du valt en planfil "
                + "som exporterats från portalen eller följer mallen. Ingenting har sparats.");
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM local_plan WHERE title = ?", title)).as("no plan stored").containsExactly("0");
    }

    @Test
    void uppsalas_file_reads_as_nine_measures_that_cost_exactly_the_budget_and_is_labelled_with_its_source() throws IOException {
        String title = TestRun.unique("Uppsalas plan");
        Answer imported = postRaw(uppsala(title));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonObject plan = umea.get("lokala-planer/" + imported.object().getJsonNumber("id")).object();
        assertThat(plan.getString("title")).as("read back as stored").isEqualTo(title);
        assertThat(plan.getJsonArray("measures")).hasSize(9);
        assertThat(plan.getJsonNumber("totalCostSek").longValue()).isEqualTo(5_000_000L);
        assertThat(plan.getJsonNumber("budgetSek").longValue()).isEqualTo(5_000_000L);
        assertThat(plan.getString("sourceLabel")).isEqualTo("Uppsala (SCN-2015-0081)");
        assertThat(plan.getString("kommunCode")).isEqualTo("2480");
    }

    @Test
    void the_demo_start_shows_uppsalas_example_in_storuman_to_the_region() {
        assertThat(PortalApi.as("samordnare").get("alla-lokala-planer").array().getValuesAs(JsonObject.class))
                .anySatisfy(p -> {
                    assertThat(p.getString("kommunName")).isEqualTo("Storuman");
                    assertThat(p.getString("sourceLabel")).isEqualTo("Uppsala (SCN-2015-0081)");
                    assertThat(p.getInt("measureCount")).isEqualTo(9);
                });
    }

    @Test
    void nackas_jourhem_share_is_computed_month_by_month_with_may_missing_and_umea_cannot_assess_lyckseles_risks() {
        PortalApi region = PortalApi.as("samordnare");
        JsonObject summary = region.get("alla-lokala-planer").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("kommunName").equals("Lycksele")).findFirst().orElseThrow();
        JsonObject nacka = region.get("kommuner/2481/lokala-planer/" + summary.getJsonNumber("id")).object();

        JsonObject share = nacka.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getBoolean("derived")).findFirst().orElseThrow();
        assertThat(share.getJsonArray("readings").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("period") + " " + (!r.containsKey("value") || r.isNull("value") ? "saknas" : r.getJsonNumber("value").intValue()))
                .containsExactly("2020-01 40", "2020-02 67", "2020-03 44", "2020-04 44", "2020-05 saknas", "2020-06 43");

        long risk = nacka.getJsonArray("goals").getJsonObject(0).getJsonArray("risks").getJsonObject(0).getJsonNumber("id").longValue();
        Answer refused = umea.put("lokala-planer/" + nacka.getJsonNumber("id") + "/risker/" + risk + "/bedomning",
                jakarta.json.Json.createObjectBuilder().add("period", "2020-T3").add("likelihood", 4).add("severity", 4).build());
        assertThat(refused.status()).isEqualTo(404);
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM local_risk_assessment WHERE risk_id = ?", risk)).containsExactly("0");
    }

    private Answer postRaw(String file) {
        return umea.postText("lokala-planer/import", file);
    }

    /** Uppsala's example file (as the demo start reads it into Storuman), under the given title. */
    private static String uppsala(String title) throws IOException {
        try (InputStream in = LocalPlanImportIT.class.getClassLoader().getResourceAsStream("seed/local-plan-measures-uppsala-2015.json")) {
            String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String titled = file.replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"" + title + "\"");
            assertThat(titled).as("the plan's title replaced").isNotEqualTo(file);
            return titled;
        }
    }
}
