package se.samverkansportalen.it.plan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.AsCoordinator;
import se.samverkansportalen.it.support.AsKommunEditor;
import se.samverkansportalen.it.support.AsNetworkReviewer;
import se.samverkansportalen.it.support.DatabaseProbe;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.TestRun;
import se.samverkansportalen.service.plan.RegionalPlanEditor;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.plan.RegionalPlanView;
import se.samverkansportalen.service.plan.SubGoalForm;

/**
 * The plan that applies: once the socialchefsnätverk has fastställt the plan, Umeå's socialchef
 * and the LBU network read that version as "the plan" (told that a newer utkast exists) while the
 * coordinators work in the utkast, and Umeå's new report asks about the aktiviteter in the
 * fastställd wording, not in the utkast's. Storuman shows Uppsala's plan as an example: it is
 * read only and none of its measures becomes an item of Storuman's report.
 * <p>
 * In the container (adoption and the utkast have no API), with Umeå's and Storuman's reports read
 * through the API with real Keycloak tokens (a report belongs to the kommun of a token). Adopting
 * fastställer whatever the utkast holds at that moment, as in real use; the test changes the
 * wording of one per-kommun aktivitet of the seed (delmål 3.4) only in the new utkast, and puts it
 * back when it ends.
 */
@ExtendWith(ArquillianExtension.class)
class PlanInForceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(PlanInForceIT.class, PortalApi.class, Periods.class);
    }

    @EJB
    RegionalPlanEditor editor;

    @EJB
    RegionalPlanService plans;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AsKommunEditor kommunEditor;

    @EJB
    AsNetworkReviewer reviewer;

    @EJB
    DatabaseProbe db;

    @Test
    void kommuner_and_lbu_read_and_report_on_the_fastställd_wording_while_the_coordinators_work_in_the_utkast() throws Exception {
        coordinator.call(() -> {
            if (plans.versions().get(plans.versions().size() - 1).draft()) {
                editor.adopt(LocalDate.now(ZoneId.of("Europe/Stockholm")), "Socialchefsnätverket", "FoU " + TestRun.MARK + "/13");
            }
            return null;
        });
        String subGoalKey = db.subGoalItemKey("3.4");
        SubGoalForm form = coordinator.call(() -> editor.subGoalForm(subGoalKey));
        SubGoalForm.ActivityForm activity = form.getActivities().stream().filter(SubGoalForm.ActivityForm::isPerKommun)
                .findFirst().orElseThrow();
        String adoptedWording = activity.getText();
        String draftWording = "Utkast " + TestRun.MARK + ": familjehemssekreterarna ger kvalificerat stöd.";
        activity.setText(draftWording);
        coordinator.call(() -> editor.reviseSubGoal(form));
        Long period = null;
        try {
            int adopted = coordinator.call(() -> plans.applyingVersionNumber()).orElseThrow();
            int draft = coordinator.call(() -> plans.currentPlan()).orElseThrow().versionNumber();
            assertThat(draft).as("the coordinators work in a newer utkast").isGreaterThan(adopted);

            RegionalPlanView umeasPlan = kommunEditor.call(() -> plans.currentPlan()).orElseThrow();
            assertThat(umeasPlan.versionNumber()).isEqualTo(adopted);
            assertThat(umeasPlan.draft()).isFalse();
            assertThat(activityTexts(umeasPlan)).contains(adoptedWording).doesNotContain(draftWording);
            assertThat(kommunEditor.call(() -> plans.newerDraftNumber())).as("Umeå is told of the utkast").contains(draft);
            assertThat(reviewer.call(() -> plans.currentPlan()).orElseThrow().versionNumber()).isEqualTo(adopted);
            assertThat(reviewer.call(() -> plans.newerDraftNumber())).contains(draft);
            assertThat(activityTexts(coordinator.call(() -> plans.currentPlan()).orElseThrow())).contains(draftWording);
            assertThat(coordinator.call(() -> plans.newerDraftNumber())).as("the coordinators are shown the utkast itself").isEmpty();

            period = Periods.open(db.freePeriod("TERTIAL"));
            JsonObject report = PortalApi.as("socialchef.umea").get("rapporter/" + period).object();
            List<String> labels = labels(report, "REGIONAL_ACTIVITY");
            assertThat(labels).as("Umeå's report asks in the fastställd wording")
                    .anyMatch(l -> l.endsWith(": " + adoptedWording)).noneMatch(l -> l.contains(draftWording));
        } finally {
            SubGoalForm again = coordinator.call(() -> editor.subGoalForm(subGoalKey));
            again.getActivities().stream().filter(a -> a.getText().equals(draftWording)).forEach(a -> a.setText(adoptedWording));
            coordinator.call(() -> editor.reviseSubGoal(again));
            if (period != null) {
                Periods.close(period);
            }
        }
    }

    @Test
    void a_report_umea_has_started_takes_the_wording_of_a_newly_fastställd_version_at_its_next_save() throws Exception {
        adoptWhatTheUtkastHolds();
        String subGoalKey = db.subGoalItemKey("3.4");
        String adoptedWording = perKommunActivity(coordinator.call(() -> editor.subGoalForm(subGoalKey))).getText();
        String newWording = "Omformulerad " + TestRun.MARK + ": familjehemssekreterarna ger kvalificerat stöd.";
        PortalApi umea = PortalApi.as("socialchef.umea");
        long period = Periods.open(db.freePeriod("TERTIAL"));
        boolean reworded = false;
        try {
            PortalApi.Answer started = umea.put("rapporter/" + period, umea.get("rapporter/" + period).object());
            assertThat(started.status()).as(started.body()).isEqualTo(200);
            assertThat(labels(started.object(), "REGIONAL_ACTIVITY")).anyMatch(l -> l.endsWith(": " + adoptedWording));

            SubGoalForm form = coordinator.call(() -> editor.subGoalForm(subGoalKey));
            perKommunActivity(form).setText(newWording);
            coordinator.call(() -> editor.reviseSubGoal(form));
            reworded = true;
            adoptWhatTheUtkastHolds();

            PortalApi.Answer saved = umea.put("rapporter/" + period, umea.get("rapporter/" + period).object());
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            assertThat(labels(saved.object(), "REGIONAL_ACTIVITY")).as("the open report follows the new fastställd wording")
                    .anyMatch(l -> l.endsWith(": " + newWording)).noneMatch(l -> l.endsWith(": " + adoptedWording));
        } finally {
            if (reworded) {
                SubGoalForm again = coordinator.call(() -> editor.subGoalForm(subGoalKey));
                again.getActivities().stream().filter(a -> a.getText().equals(newWording)).forEach(a -> a.setText(adoptedWording));
                coordinator.call(() -> editor.reviseSubGoal(again));
                adoptWhatTheUtkastHolds(); // the seed's words apply again for the other tests
            }
            Periods.close(period);
        }
    }

    /** Fastställer the utkast when the latest version is one (as the socialchefsnätverk would today). */
    private void adoptWhatTheUtkastHolds() throws Exception {
        coordinator.call(() -> {
            if (plans.versions().get(plans.versions().size() - 1).draft()) {
                editor.adopt(LocalDate.now(ZoneId.of("Europe/Stockholm")), "Socialchefsnätverket", "FoU " + TestRun.MARK + "/13");
            }
            return null;
        });
    }

    private static SubGoalForm.ActivityForm perKommunActivity(SubGoalForm form) {
        return form.getActivities().stream().filter(SubGoalForm.ActivityForm::isPerKommun).findFirst().orElseThrow();
    }

    @Test
    void storuman_shows_uppsalas_plan_as_a_read_only_example_that_never_becomes_items_of_its_report() throws Exception {
        PortalApi storuman = PortalApi.as("socialchef.storuman");
        JsonObject example = storuman.get("lokala-planer").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> "Uppsala (SCN-2015-0081)".equals(p.getString("sourceLabel", null))).findFirst().orElseThrow();
        long id = example.getJsonNumber("id").longValue();
        String title = example.getString("title");

        PortalApi.Answer removal = storuman.delete("lokala-planer/" + id);
        assertThat(removal.status()).as(removal.body()).isEqualTo(409);
        assertThat(removal.object().getString("error")).isEqualTo("localplan.error.example");
        assertThat(storuman.get("lokala-planer/" + id).status()).as("the example is still there").isEqualTo(200);

        long period = Periods.open(db.freePeriod("TERTIAL"));
        try {
            JsonObject report = storuman.get("rapporter/" + period).object();
            assertThat(labels(report, "REGIONAL_ACTIVITY")).as("the regional aktiviteter are asked about").isNotEmpty();
            assertThat(labels(report, "LOCAL_MEASURE")).as("no measure of the example").noneMatch(l -> l.startsWith(title + ":"));
        } finally {
            Periods.close(period);
        }
    }

    private static List<String> activityTexts(RegionalPlanView plan) {
        return plan.areas().stream().flatMap(a -> a.subGoals().stream()).flatMap(s -> s.lines().stream())
                .flatMap(l -> l.activities().stream()).map(RegionalPlanView.ActivityItem::text).toList();
    }

    private static List<String> labels(JsonObject report, String type) {
        return report.getJsonArray("items").getValuesAs(JsonObject.class).stream().filter(i -> i.getString("type").equals(type))
                .map(i -> i.getString("label")).toList();
    }
}
