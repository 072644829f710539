package se.samverkansportalen.it.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.AsCoordinator;
import se.samverkansportalen.it.support.AsKommunEditor;
import se.samverkansportalen.it.support.DatabaseProbe;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.TestArea;
import se.samverkansportalen.it.support.TestRun;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.service.plan.PlanHistory;
import se.samverkansportalen.service.plan.RegionalPlanEditor;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.plan.SubGoalForm;
import se.samverkansportalen.service.plan.VersionComparison;
import se.samverkansportalen.service.plan.VersionSummary;

/**
 * The socialchefsnätverk fastställer the plan; from then on that version is frozen and readable,
 * changes go into a new utkast, and the two can be compared item by item. Aktiviteter that
 * kommuner have reported on cannot be removed. Each test changes only a förbättringsområde of its
 * own; adopting fastställer whatever the utkast holds at that moment, as in real use.
 */
@ExtendWith(ArquillianExtension.class)
class PlanVersionsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(PlanVersionsIT.class);
    }

    @EJB
    RegionalPlanEditor editor;

    @EJB
    RegionalPlanService plans;

    @EJB
    PlanHistory history;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AsKommunEditor kommunEditor;

    @EJB
    DatabaseProbe db;

    @Test
    void only_a_coordinator_may_adopt_and_a_future_date_or_missing_decision_maker_is_refused() throws Exception {
        TestArea own = TestArea.create(coordinator, editor, plans, "Fastställs inte", 1, 1);
        try {
            assertThat(latest().draft()).as("adding an area made an utkast").isTrue();
            assertThatThrownBy(() -> kommunEditor.call(() -> {
                editor.adopt(today(), "Socialchefsnätverket", null);
                return null;
            })).isInstanceOf(EJBAccessException.class);
            assertRefused(() -> adopt(today().plusDays(2), "Socialchefsnätverket"), "plan.error.adoptionDateInFuture");
            assertRefused(() -> adopt(today(), " "), "plan.error.decidedByRequired");
            assertThat(latest().draft()).isTrue();
        } finally {
            own.remove();
        }
    }

    @Test
    void after_adoption_a_change_goes_into_a_new_draft_and_the_versions_compare_item_by_item() throws Exception {
        TestArea own = TestArea.create(coordinator, editor, plans, "Fastställs", 1, 1);
        String registrationNumber = "FoU " + TestRun.MARK + "/112";
        try {
            coordinator.call(() -> {
                editor.adopt(today().minusDays(1), "Socialchefsnätverket", registrationNumber);
                return null;
            });
            VersionSummary adopted = latest();
            assertThat(adopted.draft()).isFalse();
            assertThat(adopted.registrationNumber()).isEqualTo(registrationNumber);
            assertRefused(() -> adopt(today(), "Socialchefsnätverket"), "plan.error.alreadyAdopted");

            String key = own.subGoalKey(1);
            SubGoalForm form = coordinator.call(() -> editor.subGoalForm(key));
            String before = form.getText();
            String label = "Delmål " + form.getNumber();
            form.setText("Att kartlägga de lokala förutsättningarna i kommunerna.");
            coordinator.call(() -> editor.reviseSubGoal(form));

            VersionSummary draft = latest();
            assertThat(draft.number()).isEqualTo(adopted.number() + 1);
            assertThat(draft.draft()).isTrue();
            String adoptedText = coordinator.call(() -> plans.version(adopted.number())).orElseThrow().areas().stream()
                    .flatMap(a -> a.subGoals().stream()).filter(s -> s.itemKey().equals(key)).findFirst().orElseThrow().text();
            assertThat(adoptedText).as("the adopted version is unchanged").isEqualTo(before);

            VersionComparison comparison = coordinator.call(() -> plans.compare(adopted.number(), draft.number()))
                    .orElseThrow();
            assertThat(comparison.differences()).singleElement().satisfies(d -> {
                assertThat(d.label()).isEqualTo(label);
                assertThat(d.change()).isEqualTo(VersionComparison.Change.CHANGED);
                assertThat(d.fields()).containsExactly(new VersionComparison.FieldDifference("text", before,
                        "Att kartlägga de lokala förutsättningarna i kommunerna."));
            });
            List<PlanHistory.Entry> entries = kommunEditor.call(() -> history.of(RegionalPlanEditor.SUB_GOAL, key));
            assertThat(entries.get(0).field()).isEqualTo("text");
            assertThat(entries.get(0).after()).isEqualTo("Att kartlägga de lokala förutsättningarna i kommunerna.");
        } finally {
            own.remove();
        }
    }

    @Test
    void an_aktivitet_kommuner_have_reported_on_cannot_be_removed_but_one_without_reports_can() throws Exception {
        TestArea own = TestArea.create(coordinator, editor, plans, "Rapporterade aktiviteter", 1, 3);
        List<String> activities = own.activityKeys(1);
        try {
            db.reportOn(activities.get(0), "2480");

            assertRefused(() -> editor.removeActivity(activities.get(0)), "plan.error.activityHasReports");
            assertRefused(() -> {
                editor.removeSubGoal(own.subGoalKey(1));
                return null;
            }, "plan.error.subGoalHasReports");

            SubGoalForm after = coordinator.call(() -> editor.removeActivity(activities.get(2)));
            assertThat(after.getActivities()).extracting(SubGoalForm.ActivityForm::getItemKey)
                    .containsExactly(activities.get(0), activities.get(1));
            assertThat(kommunEditor.call(() -> history.of(RegionalPlanEditor.ACTIVITY, activities.get(2))))
                    .extracting(PlanHistory.Entry::action).containsExactly("DELETE", "CREATE");
        } finally {
            db.withdrawReports(activities.get(0));
            own.remove();
        }
    }

    /** Today where the portal is used (the server's clock judges adoption dates in Swedish time). */
    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
    }

    private Void adopt(LocalDate date, String decidedBy) {
        editor.adopt(date, decidedBy, null);
        return null;
    }

    private VersionSummary latest() throws Exception {
        List<VersionSummary> versions = coordinator.call(() -> plans.versions());
        return versions.get(versions.size() - 1);
    }

    private void assertRefused(se.samverkansportalen.it.support.Work<?> work, String messageKey) {
        assertThatThrownBy(() -> coordinator.call(work)).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(messageKey));
    }
}
