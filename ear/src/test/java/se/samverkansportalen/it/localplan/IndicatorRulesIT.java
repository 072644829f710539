package se.samverkansportalen.it.localplan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.PortalApi.Answer;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.it.support.TestRun;

/**
 * Skellefteå keeps an indicator of new jourhem on a plan of its own, through the same service the
 * Indikator page saves with: a count is a whole number, "12,5" placements are refused naming the
 * indicator; a share's "12,345" is refused with the number of decimals allowed and nothing is
 * stored (not 12,35); a negative count is refused; a rename is kept and audited; the unit and
 * the periodicity, once values exist, are refused with a reason instead of a silent "sparad" that
 * kept the old ones. The plan is removed at the end.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorRulesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final PortalApi skelleftea = PortalApi.as("socialchef.skelleftea");
    private long plan;

    @AfterEach
    void removeThePlan() {
        if (plan != 0) {
            skelleftea.delete("lokala-planer/" + plan);
        }
    }

    @Test
    void an_indicator_refuses_unrounded_decimals_and_negative_counts_and_is_renamed_while_its_unit_stays_with_a_reason() {
        Answer created = skelleftea.post("lokala-planer", Json.createObjectBuilder().add("title", TestRun.unique("Skellefteås familjehemsplan"))
                .add("shape", "MEASURES").add("status", "DRAFT").add("budgetSek", 10).add("decidedBy", "Socialnämnden").build());
        assertThat(created.status()).as(created.body()).isIn(200, 201);
        plan = created.object().getJsonNumber("id").longValue();
        String path = "lokala-planer/" + plan + "/indikatorer";
        String name = TestRun.unique("Nya jourhem");

        Answer added = skelleftea.post(path, indicator(null, 0, name, "COUNT", "MONTH", rows("2027-01", "4")));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        JsonObject view = indicatorNamed(added.object(), name);
        long id = view.getJsonNumber("id").longValue();

        Answer half = skelleftea.post(path, indicator(id, view.getInt("lockVersion"), name, "COUNT", "MONTH",
                rows("2027-01", "4", "2027-02", "12.5")));
        assertThat(half.status()).as("a count is a whole number: " + half.body()).isEqualTo(400);
        assertThat(half.object().getString("error")).isEqualTo("report.error.notWholeValue");
        assertThat(half.object().getString("message")).contains(name).contains("hela tal");
        assertThat(half.object().getString("field")).contains("value");
        assertThat(values(id)).as("nothing stored").containsExactly("2027-01=4.00");

        String share = TestRun.unique("Andel i jourhem");
        Answer shareAdded = skelleftea.post(path, indicator(null, 0, share, "PERCENT", "MONTH", rows("2027-01", "12.5")));
        assertThat(shareAdded.status()).as("a share keeps two decimals: " + shareAdded.body()).isEqualTo(200);
        JsonObject shareView = indicatorNamed(shareAdded.object(), share);
        long shareId = shareView.getJsonNumber("id").longValue();
        Answer decimals = skelleftea.post(path, indicator(shareId, shareView.getInt("lockVersion"), share, "PERCENT", "MONTH",
                rows("2027-01", "12.5", "2027-02", "12.345")));
        assertThat(decimals.status()).as(decimals.body()).isEqualTo(400);
        assertThat(decimals.object().getString("error")).isEqualTo("input.number.tooManyDecimals");
        assertThat(decimals.object().getString("message")).contains("högst 2 decimaler").contains("avrundas inte");
        assertThat(decimals.object().getString("field")).contains("value");
        assertThat(values(shareId)).as("nothing stored, not 12.35").containsExactly("2027-01=12.50");

        Answer negative = skelleftea.post(path, indicator(id, view.getInt("lockVersion"), name, "COUNT", "MONTH",
                rows("2027-01", "4", "2027-02", "-2")));
        assertThat(negative.status()).as(negative.body()).isEqualTo(400);
        assertThat(negative.object().getString("error")).isEqualTo("report.error.negativeValue");
        assertThat(negative.object().getString("message")).contains(name).contains("kan inte vara negativt");
        assertThat(values(id)).containsExactly("2027-01=4.00");

        String renamed = name + " (omdöpt)";
        Answer rename = skelleftea.post(path, indicator(id, view.getInt("lockVersion"), renamed, "COUNT", "MONTH", rows("2027-01", "4")));
        assertThat(rename.status()).as(rename.body()).isEqualTo(200);
        JsonObject afterRename = indicatorNamed(rename.object(), renamed);
        assertThat(TestDatabase.column("SELECT name FROM local_indicator WHERE id = ?", id)).containsExactly(renamed);
        assertThat(TestDatabase.column("SELECT CONCAT(old_value, ' -> ', new_value) FROM audit_entry WHERE item_type = 'LOCAL_INDICATOR'"
                + " AND item_key = ? AND field = 'name'", "2482:" + id)).containsExactly(name + " -> " + renamed);

        Answer unit = skelleftea.post(path, indicator(id, afterRename.getInt("lockVersion"), renamed, "DAYS", "MONTH", rows("2027-01", "4")));
        assertThat(unit.status()).as(unit.body()).isIn(400, 409);
        assertThat(unit.object().getString("error")).isEqualTo("localplan.error.unitFixed");
        assertThat(unit.object().getString("message")).contains("kan inte ändras");
        Answer periodicity = skelleftea.post(path, indicator(id, afterRename.getInt("lockVersion"), renamed, "COUNT", "TERTIAL",
                Json.createArrayBuilder()));
        assertThat(periodicity.status()).as(periodicity.body()).isIn(400, 409);
        assertThat(periodicity.object().getString("error")).isEqualTo("localplan.error.periodicityFixed");
        Answer asThePageSendsIt = skelleftea.post(path, indicator(id, afterRename.getInt("lockVersion"), renamed, "COUNT", "TERTIAL",
                rows("2027-01", "4")));
        assertThat(asThePageSendsIt.object().getString("error")).as("with its monthly rows, as the Indikator page sends it: "
                + "the reason, not a period of the wrong kind").isEqualTo("localplan.error.periodicityFixed");
        assertThat(TestDatabase.column("SELECT CONCAT(unit, ' ', periodicity) FROM local_indicator WHERE id = ?", id))
                .containsExactly("COUNT MONTH");
        assertThat(values(id)).as("a refused change removes no value either").containsExactly("2027-01=4.00");

        String fresh = TestRun.unique("Väntetid");
        JsonObject empty = indicatorNamed(skelleftea.post(path, indicator(null, 0, fresh, "COUNT", "MONTH", Json.createArrayBuilder())).object(), fresh);
        Answer changed = skelleftea.post(path, indicator(empty.getJsonNumber("id").longValue(), empty.getInt("lockVersion"), fresh, "DAYS",
                "TERTIAL", Json.createArrayBuilder()));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonObject after = indicatorNamed(changed.object(), fresh);
        assertThat(after.getString("unit") + " " + after.getString("periodicity")).as("without values both change").isEqualTo("DAYS TERTIAL");
    }

    @Test
    void two_tabs_on_an_indicator_the_later_save_is_refused_showing_what_the_earlier_saved() {
        Answer created = skelleftea.post("lokala-planer", Json.createObjectBuilder().add("title", TestRun.unique("Skellefteås jourhemsplan"))
                .add("shape", "MEASURES").add("status", "DRAFT").add("budgetSek", 10).add("decidedBy", "Socialnämnden").build());
        assertThat(created.status()).as(created.body()).isIn(200, 201);
        plan = created.object().getJsonNumber("id").longValue();
        String path = "lokala-planer/" + plan + "/indikatorer";
        String name = TestRun.unique("Jourhemsplaceringar");
        JsonObject view = indicatorNamed(skelleftea.post(path, indicator(null, 0, name, "COUNT", "MONTH", rows("2027-01", "4"))).object(), name);
        long id = view.getJsonNumber("id").longValue();
        int opened = view.getInt("lockVersion");

        Answer first = skelleftea.post(path, indicator(id, opened, name, "COUNT", "MONTH", rows("2027-01", "4", "2027-02", "20")));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Answer second = skelleftea.post(path, indicator(id, opened, name + " (annan flik)", "COUNT", "MONTH", rows("2027-01", "5")));

        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.object().getString("error")).isEqualTo("localplan.error.indicatorChanged");
        JsonObject current = second.object().getJsonObject("current");
        assertThat(current.getString("name")).as("what the first tab saved, shown with the refusal").isEqualTo(name);
        assertThat(current.getJsonArray("rows").toString()).contains("2027-02").contains("20");
        assertThat(values(id)).as("the later tab's values not stored").containsExactly("2027-01=4.00", "2027-02=20.00");
    }

    private static JsonObject indicator(Long id, int lockVersion, String name, String unit, String periodicity, JsonArrayBuilder rows) {
        var body = Json.createObjectBuilder().add("name", name).add("unit", unit).add("periodicity", periodicity).add("rows", rows);
        if (id != null) {
            body.add("id", id).add("lockVersion", lockVersion);
        }
        return body.build();
    }

    private static JsonArrayBuilder rows(String... periodsAndValues) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (int i = 0; i < periodsAndValues.length; i += 2) {
            rows.add(Json.createObjectBuilder().add("period", periodsAndValues[i]).add("value", new BigDecimal(periodsAndValues[i + 1])));
        }
        return rows;
    }

    private static JsonObject indicatorNamed(JsonObject plan, String name) {
        return plan.getJsonArray("indicators").getValuesAs(JsonObject.class).stream().filter(i -> i.getString("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no indicator " + name + " in " + plan));
    }

    private static java.util.List<String> values(long indicator) {
        return TestDatabase.column("SELECT CONCAT(period, '=', measured_value) FROM local_indicator_value WHERE indicator_id = ? ORDER BY period",
                indicator);
    }
}
