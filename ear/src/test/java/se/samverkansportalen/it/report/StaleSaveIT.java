package se.samverkansportalen.it.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
 * Two tabs (or two socialchefer of the same kommun) load the same thing; the first saves, the
 * second saves what it loaded before that. The second save is refused with 409 and the refusal's
 * key, and nothing of the second person's input is stored (neither in the row nor in the audit
 * trail): for the kommun's report, a local plan and a measure. Real Keycloak tokens through the
 * API; each test opens its own free period or creates its own plan.
 */
@ExtendWith(ArquillianExtension.class)
class StaleSaveIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final PortalApi umea = PortalApi.as("socialchef.umea");

    @Test
    void two_tabs_on_umeas_report_the_second_save_is_refused_with_409_showing_the_first_and_its_narrative_is_not_stored() {
        long period = openFreeMonth();
        JsonObject firstTab = umea.get("rapporter/" + period).object();
        JsonObject secondTab = umea.get("rapporter/" + period).object();
        String first = TestRun.unique("Utbildningen är genomförd");
        String second = TestRun.unique("Utbildningen är inställd");

        Answer saved = umea.put("rapporter/" + period, ReportBodies.withFirstItem(firstTab, "YELLOW", first));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Answer refused = umea.put("rapporter/" + period, ReportBodies.withFirstItem(secondTab, "YELLOW", second));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.object().getString("error")).isEqualTo("report.error.changedShown");
        assertThat(refused.object().getString("message")).isNotBlank();
        assertThat(refused.object().getJsonObject("current").getJsonArray("items").getJsonObject(0).getString("narrative"))
                .as("the refusal shows what the other tab saved").isEqualTo(first);
        assertThat(umea.get("rapporter/" + period).object().getJsonArray("items").getJsonObject(0).getString("narrative"))
                .isEqualTo(first);
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM report_item i JOIN progress_report r ON r.id = i.report_id "
                + "WHERE r.period_id = ? AND i.narrative = ?", period, second)).containsExactly("0");
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM audit_entry WHERE new_value = ?", second)).containsExactly("0");
    }

    @Test
    void two_tabs_on_a_local_plan_the_second_save_is_refused_with_409_and_its_title_is_not_stored() {
        String original = TestRun.unique("Handlingsplan för familjehem");
        long id = created(original);
        JsonObject firstTab = umea.get("lokala-planer/" + id).object();
        JsonObject secondTab = umea.get("lokala-planer/" + id).object();
        String first = TestRun.unique("Handlingsplan för familjehem reviderad");
        String second = TestRun.unique("Handlingsplan för kontaktfamiljer");

        Answer saved = umea.put("lokala-planer/" + id, planForm(first, firstTab.getInt("lockVersion")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Answer refused = umea.put("lokala-planer/" + id, planForm(second, secondTab.getInt("lockVersion")));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.object().getString("error")).isEqualTo("localplan.error.changed");
        assertThat(umea.get("lokala-planer/" + id).object().getString("title")).isEqualTo(first);
        assertThat(TestDatabase.column("SELECT title FROM local_plan WHERE id = ?", id)).containsExactly(first);
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM audit_entry WHERE new_value = ?", second)).containsExactly("0");
    }

    @Test
    void two_tabs_on_a_measure_the_second_save_is_refused_with_409_and_its_text_is_not_stored() {
        long plan = created(TestRun.unique("Handlingsplan för öppenvården"));
        JsonObject withMeasure = umea.post("lokala-planer/" + plan + "/atgarder", measureForm("Starta föräldragrupper", 0)).object();
        JsonObject measure = withMeasure.getJsonArray("measures").getJsonObject(0);
        long id = measure.getJsonNumber("id").longValue();
        int loaded = measure.getInt("lockVersion");
        String first = TestRun.unique("Starta föräldragrupper i två stadsdelar");
        String second = TestRun.unique("Lägg ned föräldragrupperna");

        Answer saved = umea.put("lokala-planer/" + plan + "/atgarder/" + id, measureForm(first, loaded));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Answer refused = umea.put("lokala-planer/" + plan + "/atgarder/" + id, measureForm(second, loaded));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.object().getString("error")).isEqualTo("localplan.error.changed");
        assertThat(umea.get("lokala-planer/" + plan).object().getJsonArray("measures").getJsonObject(0).getString("title"))
                .isEqualTo(first);
        assertThat(TestDatabase.column("SELECT title FROM local_measure WHERE id = ?", id)).containsExactly(first);
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM audit_entry WHERE new_value LIKE ?", "%" + second + "%"))
                .containsExactly("0");
    }

    private long openFreeMonth() {
        PeriodSlots.Slot slot = TestDatabase.freePeriod("MONTH");
        return Periods.open(slot);
    }

    private long created(String title) {
        Answer created = umea.post("lokala-planer", planForm(title, 0));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.object().getJsonNumber("id").longValue();
    }

    private static JsonObject planForm(String title, int lockVersion) {
        return Json.createObjectBuilder().add("lockVersion", lockVersion).add("title", title).add("shape", "MEASURES")
                .add("status", "DRAFT").add("budgetSek", 500_000).add("decidedBy", "Socialnämnden").build();
    }

    private static JsonObject measureForm(String title, int lockVersion) {
        return Json.createObjectBuilder().add("lockVersion", lockVersion).add("title", title).add("how", "Med stöd av FoU")
                .add("costSek", 40_000).add("dueOn", "2027-06-30").add("subGoalItemKeys", Json.createArrayBuilder()).build();
    }

}
