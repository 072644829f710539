package se.samverkansportalen.it.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.PeriodSlots;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.ReportBodies;
import se.samverkansportalen.it.support.PortalApi.Answer;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.it.support.TestRun;

/**
 * Kommun-bound steps write their audit rows (item type and key, action, field, old and new value,
 * who and from which kommun) in the same transaction as the step: Umeå creates a local plan,
 * fastställer it with its decision, budget, objectives and focus areas, and removes it; Umeå
 * submits its report for a free month, the LBU network asks for komplettering, Umeå submits again
 * and LBU marks it granskad. Real Keycloak tokens through the API; the rows are read as a DBA
 * would, by the item's own key.
 */
@ExtendWith(ArquillianExtension.class)
class LocalPlanAndReviewAuditIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final PortalApi umea = PortalApi.as("socialchef.umea");
    private final PortalApi lbu = PortalApi.as("granskare.lbu");

    @Test
    void a_local_plan_created_adopted_and_removed_leaves_its_rows_field_by_field() {
        String title = TestRun.unique("Handlingsplan för familjehemsvården");
        Answer created = umea.post("lokala-planer", Json.createObjectBuilder().add("title", title).add("shape", "MEASURES")
                .add("status", "DRAFT").add("decidedBy", "Socialnämnden").add("objectives", "Fler barn växer upp hos sina föräldrar.")
                .add("focusAreas", "Familjehemsvård").build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.object().getJsonNumber("id").longValue();

        Answer adopted = umea.put("lokala-planer/" + id, Json.createObjectBuilder().add("lockVersion", created.object().getInt("lockVersion"))
                .add("title", title).add("shape", "MEASURES").add("status", "ADOPTED").add("decidedBy", "Socialnämnden")
                .add("decidedOn", "2026-11-02").add("registrationNumber", "SN 2026/41").add("budgetSek", 250_000)
                .add("objectives", "Fler barn växer upp hos sina föräldrar.\nFärre akuta placeringar.")
                .add("focusAreas", "Familjehemsvård\nJourhem").build());
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        assertThat(umea.delete("lokala-planer/" + id).status()).isEqualTo(204);

        List<String> rows = rows("LOCAL_PLAN", "2480:" + id);
        assertThat(rows.get(0)).as("created first").isEqualTo("CREATE | null | null | " + title + " | socialchef.umea 2480");
        assertThat(rows.subList(1, rows.size() - 1)).as("one row per changed field of the fastställande (written together, in no set order)")
                .containsExactlyInAnyOrder(
                        "UPDATE | status | DRAFT | ADOPTED | socialchef.umea 2480",
                        "UPDATE | budgetSek | null | 250000 | socialchef.umea 2480",
                        "UPDATE | decision | Socialnämnden | SN 2026/41, 2026-11-02, Socialnämnden | socialchef.umea 2480",
                        "UPDATE | objectives | Fler barn växer upp hos sina föräldrar. | Fler barn växer upp hos sina föräldrar.\n"
                                + "Färre akuta placeringar. | socialchef.umea 2480",
                        "UPDATE | focusAreas | Familjehemsvård | Familjehemsvård\nJourhem | socialchef.umea 2480");
        assertThat(rows.get(rows.size() - 1)).as("removed last").isEqualTo("DELETE | null | " + title + " | null | socialchef.umea 2480");
    }

    @Test
    void a_report_submitted_sent_back_for_komplettering_resubmitted_and_granskad_leaves_a_status_row_per_step() {
        PeriodSlots.Slot slot = TestDatabase.freePeriod("MONTH");
        long period = Periods.open(slot);
        String umeasReport = "granskning/" + period + "/2480";

        JsonObject draft = umea.get("rapporter/" + period).object();
        Answer sent = umea.post("rapporter/" + period + "/inskickning", ReportBodies.withFirstItem(draft, "GREEN", "Arbetet har startat."));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        long firstItem = sent.object().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        Answer returned = lbu.post(umeasReport + "/komplettering", Json.createObjectBuilder()
                .add("comment", "Beskriv vilka enheter som har börjat.").add("itemIds", Json.createArrayBuilder().add(firstItem)).build());
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        JsonObject reopened = umea.get("rapporter/" + period).object();
        assertThat(umea.post("rapporter/" + period + "/inskickning", ReportBodies.withFirstItem(reopened, "GREEN", "Arbetet har startat i två enheter."))
                .status()).isEqualTo(200);
        assertThat(lbu.post(umeasReport + "/granskad", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(200);

        assertThat(rows("PROGRESS_REPORT", "2480:" + slot.code())).containsExactly(
                "CREATE | null | null | " + slot.code() + " | socialchef.umea 2480",
                "UPDATE | status | DRAFT | SUBMITTED | socialchef.umea 2480",
                "UPDATE | status | SUBMITTED | COMPLETION_REQUESTED | granskare.lbu null",
                "UPDATE | reviewComment | null | Beskriv vilka enheter som har börjat. | granskare.lbu null",
                "UPDATE | returnedItems | null | " + draft.getJsonArray("items").getJsonObject(0).getString("label") + " | granskare.lbu null",
                "UPDATE | status | COMPLETION_REQUESTED | SUBMITTED | socialchef.umea 2480",
                "UPDATE | status | SUBMITTED | REVIEWED | granskare.lbu null");
        assertThat(TestDatabase.column("SELECT CONCAT(action, ' | ', field, ' | ', IFNULL(old_value, 'null'), ' | ', new_value) "
                + "FROM audit_entry WHERE item_type = 'REPORT_ITEM' AND item_key = ? ORDER BY id", "2480:" + firstItem))
                .as("the returned item's answers, as Umeå gave them").containsExactly(
                        "UPDATE | item | null / null /  | ONGOING / GREEN / Arbetet har startat.",
                        "UPDATE | item | ONGOING / GREEN / Arbetet har startat. | ONGOING / GREEN / Arbetet har startat i två enheter.");
    }

    /** The item's audit rows, oldest first: action | field | old value | new value | who and from which kommun. */
    private static List<String> rows(String itemType, String itemKey) {
        return TestDatabase.column("SELECT CONCAT(action, ' | ', IFNULL(field, 'null'), ' | ', IFNULL(old_value, 'null'), ' | ', "
                + "IFNULL(new_value, 'null'), ' | ', actor_username, ' ', IFNULL(actor_kommun, 'null')) FROM audit_entry "
                + "WHERE item_type = ? AND item_key = ? ORDER BY id", itemType, itemKey);
    }

}
