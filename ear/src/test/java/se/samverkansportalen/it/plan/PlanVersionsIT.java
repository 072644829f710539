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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.AsCoordinator;
import se.samverkansportalen.it.support.AsKommunEditor;
import se.samverkansportalen.it.support.DatabaseProbe;
import se.samverkansportalen.it.support.Deployments;
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
 * kommuner have reported on cannot be removed.
 */
@ExtendWith(ArquillianExtension.class)
@Order(4)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
    @Order(1)
    void only_a_coordinator_may_adopt_and_a_future_date_or_missing_decision_maker_is_refused() throws Exception {
        assertThatThrownBy(() -> kommunEditor.call(() -> {
            editor.adopt(LocalDate.now(), "Socialchefsnätverket", null);
            return null;
        })).isInstanceOf(EJBAccessException.class);
        assertRefused(() -> adopt(LocalDate.now().plusDays(2), "Socialchefsnätverket"), "plan.error.adoptionDateInFuture");
        assertRefused(() -> adopt(LocalDate.now(), " "), "plan.error.decidedByRequired");
        assertThat(latest().draft()).isTrue();
    }

    @Test
    @Order(2)
    void after_adoption_a_change_goes_into_a_new_draft_and_the_versions_compare_item_by_item() throws Exception {
        coordinator.call(() -> {
            editor.adopt(LocalDate.of(2026, 11, 20), "Socialchefsnätverket", "FoU 2026/112");
            return null;
        });
        VersionSummary adopted = latest();
        assertThat(adopted.draft()).isFalse();
        assertThat(adopted.registrationNumber()).isEqualTo("FoU 2026/112");
        assertRefused(() -> adopt(LocalDate.now(), "Socialchefsnätverket"), "plan.error.alreadyAdopted");

        String key = db.subGoalItemKey("1.1");
        SubGoalForm form = coordinator.call(() -> editor.subGoalForm(key));
        String before = form.getText();
        form.setText("Att kartlägga de lokala förutsättningarna i kommunerna.");
        coordinator.call(() -> editor.reviseSubGoal(form));

        VersionSummary draft = latest();
        assertThat(draft.number()).isEqualTo(adopted.number() + 1);
        assertThat(draft.draft()).isTrue();
        String adoptedText = coordinator.call(() -> plans.version(adopted.number())).orElseThrow().areas().get(0)
                .subGoals().get(0).text();
        assertThat(adoptedText).as("the adopted version is unchanged").isEqualTo(before);

        VersionComparison comparison = coordinator.call(() -> plans.compare(adopted.number(), draft.number()))
                .orElseThrow();
        assertThat(comparison.differences()).singleElement().satisfies(d -> {
            assertThat(d.label()).isEqualTo("Delmål 1.1");
            assertThat(d.change()).isEqualTo(VersionComparison.Change.CHANGED);
            assertThat(d.fields()).containsExactly(new VersionComparison.FieldDifference("text", before,
                    "Att kartlägga de lokala förutsättningarna i kommunerna."));
        });
        List<PlanHistory.Entry> entries = kommunEditor.call(() -> history.of(RegionalPlanEditor.SUB_GOAL, key));
        assertThat(entries.get(0).field()).isEqualTo("text");
        assertThat(entries.get(0).after()).isEqualTo("Att kartlägga de lokala förutsättningarna i kommunerna.");
    }

    @Test
    @Order(3)
    void an_aktivitet_kommuner_have_reported_on_cannot_be_removed_but_one_without_reports_can() throws Exception {
        List<String> activities = db.activityItemKeys("3.3");
        db.reportOn(activities.get(0), "2480");

        assertRefused(() -> editor.removeActivity(activities.get(0)), "plan.error.activityHasReports");
        assertRefused(() -> {
            editor.removeSubGoal(db.subGoalItemKey("3.3"));
            return null;
        }, "plan.error.subGoalHasReports");

        SubGoalForm after = coordinator.call(() -> editor.removeActivity(activities.get(2)));
        assertThat(after.getActivities()).extracting(SubGoalForm.ActivityForm::getItemKey)
                .containsExactly(activities.get(0), activities.get(1));
        assertThat(kommunEditor.call(() -> history.of(RegionalPlanEditor.ACTIVITY, activities.get(2))))
                .extracting(PlanHistory.Entry::action).containsExactly("DELETE");
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
