package se.samverkansportalen.it.localplan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
 * Umeå's socialchef changes and then removes a local plan and a measure of Umeå's own: each change
 * is what Umeå reads afterwards, a removed measure is gone from its plan and a removed plan from
 * Umeå's list (and answers 404), and every step is in the audit trail with its old and new value,
 * under Umeå's kommun and the socialchef's name. Real Keycloak tokens through the API.
 */
@ExtendWith(ArquillianExtension.class)
class LocalPlanOwnerChangesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final PortalApi umea = PortalApi.as("socialchef.umea");

    @Test
    void umea_changes_its_plan_then_removes_it_and_the_plan_is_gone_from_its_list_and_audited() {
        String title = TestRun.unique("Handlingsplan för barn i familjehem");
        String changedTitle = TestRun.unique("Handlingsplan för barn i familjehem och jourhem");
        Answer created = umea.post("lokala-planer", plan(title, 0, 400_000));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.object().getJsonNumber("id").longValue();

        Answer changed = umea.put("lokala-planer/" + id, plan(changedTitle, created.object().getInt("lockVersion"), 450_000));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonObject read = umea.get("lokala-planer/" + id).object();
        assertThat(read.getString("title")).isEqualTo(changedTitle);
        assertThat(read.getJsonNumber("budgetSek").longValue()).isEqualTo(450_000);
        assertThat(umea.get("lokala-planer").array().getValuesAs(JsonObject.class)).extracting(p -> p.getString("title"))
                .contains(changedTitle).doesNotContain(title);

        assertThat(umea.delete("lokala-planer/" + id).status()).isEqualTo(204);

        assertThat(umea.get("lokala-planer").array().getValuesAs(JsonObject.class)).extracting(p -> p.getJsonNumber("id").longValue())
                .doesNotContain(id);
        Answer gone = umea.get("lokala-planer/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.object().getString("error")).isEqualTo("localplan.error.notFound");
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM local_plan WHERE id = ?", id)).containsExactly("0");
        java.util.List<String> rows = audit("LOCAL_PLAN", "2480:" + id);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).isEqualTo("CREATE | null | null | " + title);
        assertThat(rows.subList(1, 3)).as("the change's two fields, written together in no set order").containsExactlyInAnyOrder(
                "UPDATE | title | " + title + " | " + changedTitle,
                "UPDATE | budgetSek | 400000 | 450000");
        assertThat(rows.get(3)).isEqualTo("DELETE | null | " + changedTitle + " | null");
        assertThat(TestDatabase.column("SELECT DISTINCT CONCAT(actor_username, ' ', actor_kommun) FROM audit_entry "
                + "WHERE item_type = 'LOCAL_PLAN' AND item_key = ?", "2480:" + id)).containsExactly("socialchef.umea 2480");
    }

    @Test
    void umea_changes_a_measure_of_its_plan_then_removes_it_and_the_measure_is_gone_from_the_plan_and_audited() {
        long plan = umea.post("lokala-planer", plan(TestRun.unique("Handlingsplan för öppenvården"), 0, 900_000)).object()
                .getJsonNumber("id").longValue();
        umea.post("lokala-planer/" + plan + "/atgarder", measure("Samtalsgrupper för barn", "I skolan", 60_000, 0));
        JsonObject withTwo = umea.post("lokala-planer/" + plan + "/atgarder", measure("Stöd till föräldrar", "Gruppträffar", 80_000, 0))
                .object();
        JsonObject talks = withTwo.getJsonArray("measures").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("title").equals("Samtalsgrupper för barn")).findFirst().orElseThrow();
        long id = talks.getJsonNumber("id").longValue();

        Answer changed = umea.put("lokala-planer/" + plan + "/atgarder/" + id,
                measure("Samtalsgrupper för barn och unga", "I skolan och på fritidsgården", 75_000, talks.getInt("lockVersion")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonObject after = changed.object().getJsonArray("measures").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(after.getString("title")).isEqualTo("Samtalsgrupper för barn och unga");
        assertThat(after.getString("how")).isEqualTo("I skolan och på fritidsgården");
        assertThat(changed.object().getJsonNumber("totalCostSek").longValue()).isEqualTo(155_000);

        Answer removed = umea.delete("lokala-planer/" + plan + "/atgarder/" + id);
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);

        JsonObject read = umea.get("lokala-planer/" + plan).object();
        assertThat(read.getJsonArray("measures").getValuesAs(JsonObject.class)).extracting(m -> m.getString("title"))
                .containsExactly("Stöd till föräldrar");
        assertThat(read.getJsonNumber("totalCostSek").longValue()).isEqualTo(80_000);
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM local_measure WHERE id = ?", id)).containsExactly("0");
        assertThat(audit("LOCAL_MEASURE", "2480:" + id)).containsExactly(
                "CREATE | null | null | 1. Samtalsgrupper för barn",
                "UPDATE | measure | 1. Samtalsgrupper för barn | Hur: I skolan | Resultat:  | När: 2027-06-30 | Kostnad: 60000"
                        + " | 1. Samtalsgrupper för barn och unga | Hur: I skolan och på fritidsgården | Resultat:  | När: 2027-06-30"
                        + " | Kostnad: 75000",
                "DELETE | null | 1. Samtalsgrupper för barn och unga | null");
    }

    /** The audit trail of an item, oldest first: action | field | old value | new value. */
    private static java.util.List<String> audit(String itemType, String itemKey) {
        return TestDatabase.column("SELECT CONCAT(action, ' | ', IFNULL(field, 'null'), ' | ', IFNULL(old_value, 'null'), ' | ', "
                + "IFNULL(new_value, 'null')) FROM audit_entry WHERE item_type = ? AND item_key = ? ORDER BY id", itemType, itemKey);
    }

    private static JsonObject plan(String title, int lockVersion, long budget) {
        return Json.createObjectBuilder().add("lockVersion", lockVersion).add("title", title).add("shape", "MEASURES")
                .add("status", "DRAFT").add("budgetSek", budget).add("decidedBy", "Socialnämnden").build();
    }

    private static JsonObject measure(String title, String how, long cost, int lockVersion) {
        return Json.createObjectBuilder().add("lockVersion", lockVersion).add("title", title).add("how", how).add("costSek", cost)
                .add("dueOn", "2027-06-30").add("subGoalItemKeys", Json.createArrayBuilder()).build();
    }
}
