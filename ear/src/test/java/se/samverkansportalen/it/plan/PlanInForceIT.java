package se.samverkansportalen.it.plan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.json.Json;
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
import se.samverkansportalen.it.support.KeycloakUsers;
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
 * fastställd wording, not in the utkast's. Storuman shows Uppsala's plan and Lycksele Nacka's
 * risk-based plan as examples: every change through the API (details, measures, goals, risks, an
 * assessment, removal) is refused as a change to an example (409), the example reads as before,
 * and none of its measures becomes an item of its kommun's report.
 * <p>
 * In the container (adoption and the utkast have no API), with Umeå's, Storuman's and Lycksele's
 * reports read through the API with real Keycloak tokens (a report belongs to the kommun of a token;
 * Lycksele's editor is a user the test makes in Keycloak). Adopting
 * fastställer whatever the utkast holds at that moment, as in real use; the test changes the
 * wording of one per-kommun aktivitet of the seed (delmål 3.4) only in the new utkast, and puts it
 * back when it ends.
 */
@ExtendWith(ArquillianExtension.class)
class PlanInForceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(PlanInForceIT.class, PortalApi.class, Periods.class, KeycloakUsers.class);
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
        JsonObject example = example(storuman, "Uppsala (SCN-2015-0081)");
        long id = example.getJsonNumber("id").longValue();
        JsonObject measure = example.getJsonArray("measures").getJsonObject(0);

        refusedAsExample("changing the plan's details", storuman.put("lokala-planer/" + id, planChange(example)));
        refusedAsExample("adding a measure", storuman.post("lokala-planer/" + id + "/atgarder",
                Json.createObjectBuilder().add("title", "Ny åtgärd " + TestRun.MARK).build()));
        refusedAsExample("changing a measure", storuman.put("lokala-planer/" + id + "/atgarder/" + measure.getJsonNumber("id"),
                Json.createObjectBuilder().add("number", measure.getInt("number")).add("title", measure.getString("title") + " ändrad")
                        .add("lockVersion", measure.getInt("lockVersion")).build()));
        refusedAsExample("removing a measure", storuman.delete("lokala-planer/" + id + "/atgarder/" + measure.getJsonNumber("id")));
        refusedAsExample("removing the plan", storuman.delete("lokala-planer/" + id));
        assertUnchanged(storuman, example);

        neverItemsOfTheReport(storuman, example.getString("title"));
    }

    @Test
    void lycksele_shows_nackas_risk_based_plan_as_a_read_only_example_that_never_becomes_items_of_its_report() throws Exception {
        // The demo realm has no Lycksele user: an editor of Lycksele's own, made in the test Keycloak once.
        PortalApi lycksele = PortalApi.as(KeycloakUsers.kommunEditor("socialchef.lycksele", "2481", "Lina", "Lyckselesdotter"));
        JsonObject example = example(lycksele, "Nacka");
        long id = example.getJsonNumber("id").longValue();
        assertThat(example.getString("shape")).isEqualTo("RISK_BASED");
        JsonObject goal = example.getJsonArray("goals").getJsonObject(0);
        JsonObject risk = goal.getJsonArray("risks").getJsonObject(0);
        String riskPath = "lokala-planer/" + id + "/risker/" + risk.getJsonNumber("id");

        refusedAsExample("changing the plan's details", lycksele.put("lokala-planer/" + id, planChange(example)));
        refusedAsExample("changing a goal", lycksele.put("lokala-planer/" + id + "/mal/" + goal.getJsonNumber("id"),
                Json.createObjectBuilder().add("title", goal.getString("title") + " ändrat").add("lockVersion", goal.getInt("lockVersion"))
                        .build()));
        refusedAsExample("changing a risk", lycksele.put(riskPath, Json.createObjectBuilder().add("number", risk.getString("number"))
                .add("title", risk.getString("title") + " ändrad").add("lockVersion", risk.getInt("lockVersion")).build()));
        refusedAsExample("assessing a risk", lycksele.put(riskPath + "/bedomning", Json.createObjectBuilder()
                .add("period", "2020-T3").add("likelihood", 1).add("severity", 1).build()));
        refusedAsExample("adding a measure", lycksele.post("lokala-planer/" + id + "/atgarder",
                Json.createObjectBuilder().add("title", "Ny åtgärd " + TestRun.MARK).build()));
        refusedAsExample("removing a risk", lycksele.delete(riskPath));
        refusedAsExample("removing the plan", lycksele.delete("lokala-planer/" + id));
        assertUnchanged(lycksele, example);

        neverItemsOfTheReport(lycksele, example.getString("title"));
    }

    /** The kommun's example plan whose source label starts as given, as its page reads it (with measures, goals and risks). */
    private static JsonObject example(PortalApi kommun, String sourceLabel) {
        JsonObject summary = kommun.get("lokala-planer").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("sourceLabel", "").startsWith(sourceLabel)).findFirst()
                .orElseThrow(() -> new AssertionError("no example plan from " + sourceLabel + " (the demo seed loads it at start)"));
        PortalApi.Answer plan = kommun.get("lokala-planer/" + summary.getJsonNumber("id"));
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        JsonObject read = plan.object();
        assertThat(read.getBoolean("example")).as("marked as an example").isTrue();
        return read;
    }

    /** A change of the plan's details as its edit form sends it: a new title, the rest as read. */
    private static JsonObject planChange(JsonObject plan) {
        return Json.createObjectBuilder().add("title", plan.getString("title") + " ändrad").add("shape", plan.getString("shape"))
                .add("status", plan.getString("status")).add("lockVersion", plan.getInt("lockVersion")).build();
    }

    /** The API refused the change as one to an example plan: 409 with {@code localplan.error.example}. */
    private static void refusedAsExample(String what, PortalApi.Answer answer) {
        assertThat(answer.status()).as("%s: %s", what, answer.body()).isEqualTo(409);
        assertThat(answer.object().getString("error")).as(what).isEqualTo("localplan.error.example");
    }

    /** The example reads as before the refused changes: title, lock version, measures, goals and risks. */
    private static void assertUnchanged(PortalApi kommun, JsonObject before) {
        PortalApi.Answer now = kommun.get("lokala-planer/" + before.getJsonNumber("id"));
        assertThat(now.status()).as("the example is still there").isEqualTo(200);
        JsonObject after = now.object();
        for (String part : List.of("title", "lockVersion", "measures", "goals", "status")) {
            assertThat(after.get(part)).as("the example's %s after the refused changes", part).isEqualTo(before.get(part));
        }
    }

    /**
     * The kommun's report for a new period asks about the regional aktiviteter and about none of the
     * example's measures (a local measure's or a risk measure's label starts with its plan's title).
     */
    private void neverItemsOfTheReport(PortalApi kommun, String exampleTitle) throws Exception {
        long period = Periods.open(db.freePeriod("TERTIAL"));
        try {
            JsonObject report = kommun.get("rapporter/" + period).object();
            assertThat(labels(report, "REGIONAL_ACTIVITY")).as("the regional aktiviteter are asked about").isNotEmpty();
            assertThat(labels(report, "LOCAL_MEASURE")).as("no measure of the example").noneMatch(l -> l.startsWith(exampleTitle + ":"));
            assertThat(labels(report, "RISK_MEASURE")).as("no risk measure of the example").noneMatch(l -> l.startsWith(exampleTitle + ":"));
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
