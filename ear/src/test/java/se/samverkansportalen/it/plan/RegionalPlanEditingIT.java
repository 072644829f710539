package se.samverkansportalen.it.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.DatabaseProbe;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.TestArea;
import se.samverkansportalen.it.support.TestRun;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.it.support.AsCoordinator;
import se.samverkansportalen.it.support.AsKommunEditor;
import se.samverkansportalen.it.support.AsNetworkReviewer;
import se.samverkansportalen.domain.actor.ActorKind;
import se.samverkansportalen.service.actor.ActorCatalogue;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.service.plan.RegionalPlanEditor;
import se.samverkansportalen.service.plan.SubGoalForm;

/**
 * The coordinators at FoU Välfärd change the shared plan; nobody else can, whatever they post or
 * call. Two coordinators editing the same delmål do not overwrite each other unknowingly, and
 * every change is audited together with the change itself. Each test edits a förbättringsområde of
 * its own, so the Västerbotten seed stays as it is.
 */
@ExtendWith(ArquillianExtension.class)
class RegionalPlanEditingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(RegionalPlanEditingIT.class);
    }

    @EJB
    RegionalPlanEditor editor;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AsKommunEditor kommunEditor;

    @EJB
    AsNetworkReviewer reviewer;

    @EJB
    ActorCatalogue catalogue;

    @EJB
    DatabaseProbe db;

    @EJB
    RegionalPlanService plans;

    /** The förbättringsområde this test edits: three delmål with two aktiviteter each, its own. */
    private TestArea area;

    @BeforeEach
    void anAreaOfTheTestsOwn() throws Exception {
        area = TestArea.create(coordinator, editor, plans, "Redigering", 3, 2);
    }

    @AfterEach
    void removeTheArea() throws Exception {
        area.remove();
    }

    @Test
    void a_kommun_editor_or_reviewer_who_posts_an_edit_is_refused_and_nothing_changes() throws Exception {
        SubGoalForm form = coordinator.call(() -> editor.subGoalForm(area.subGoalKey(1)));
        String before = form.getText();
        form.setText("Ändrat av fel person");
        long auditRows = db.countRows("audit_entry");

        assertThatThrownBy(() -> kommunEditor.call(() -> editor.reviseSubGoal(form)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> reviewer.call(() -> editor.reviseSubGoal(form)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> kommunEditor.call(() -> editor.addActivity(form.getItemKey(), "Ny", false, false)))
                .isInstanceOf(EJBAccessException.class);

        assertThat(coordinator.call(() -> editor.subGoalForm(form.getItemKey())).getText())
                .isEqualTo(before);
        assertThat(db.countRows("audit_entry")).isEqualTo(auditRows);
    }

    @Test
    void a_coordinators_change_is_saved_and_audited_with_old_and_new_value() throws Exception {
        String key = area.subGoalKey(2);
        SubGoalForm form = coordinator.call(() -> editor.subGoalForm(key));
        String before = form.getTimeframe();
        form.setTimeframe("Hösten 2017 – våren 2018");

        SubGoalForm saved = coordinator.call(() -> editor.reviseSubGoal(form));

        assertThat(saved.getTimeframe()).isEqualTo("Hösten 2017 – våren 2018");
        assertThat(db.auditedChange(key, "timeframe")).containsExactly(before, "Hösten 2017 – våren 2018");
    }

    @Test
    void the_second_coordinator_saving_the_same_delmal_is_refused_and_shown_the_first_ones_change() throws Exception {
        String key = area.subGoalKey(3);
        SubGoalForm first = coordinator.call(() -> editor.subGoalForm(key));
        SubGoalForm second = coordinator.call(() -> editor.subGoalForm(key));
        first.setText("Att samverkansformerna finns kvar på lång sikt.");
        second.setText("Att nätverken består.");

        coordinator.call(() -> editor.reviseSubGoal(first));

        assertThatThrownBy(() -> coordinator.call(() -> editor.reviseSubGoal(second)))
                .isInstanceOfSatisfying(ConflictRefusal.class, conflict ->
                        assertThat(((SubGoalForm) conflict.getCurrent()).getText()).isEqualTo("Att samverkansformerna finns kvar på lång sikt."));
        assertThat(second.getText()).as("the second person's input is kept").isEqualTo("Att nätverken består.");
        assertThat(coordinator.call(() -> editor.subGoalForm(key)).getText())
                .isEqualTo("Att samverkansformerna finns kvar på lång sikt.");
    }

    @Test
    void a_refused_change_writes_no_audit_row_because_audit_shares_the_changes_transaction() throws Exception {
        String key = area.subGoalKey(1);
        SubGoalForm form = coordinator.call(() -> editor.subGoalForm(key));
        String timeframeBefore = form.getTimeframe();
        form.setTimeframe("2018");
        form.getActivities().get(1).setText(" ");
        long auditRows = db.countRows("audit_entry");

        assertThatThrownBy(() -> coordinator.call(() -> editor.reviseSubGoal(form)))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("plan.error.activityTextRequired"));

        assertThat(db.countRows("audit_entry")).as("the delmål's audited change was rolled back with it")
                .isEqualTo(auditRows);
        assertThat(coordinator.call(() -> editor.subGoalForm(key)).getTimeframe()).isEqualTo(timeframeBefore);
    }

    @Test
    void a_delmal_number_already_used_in_the_area_is_refused_naming_number_and_area() throws Exception {
        int n = area.number();
        SubGoalForm form = coordinator.call(() -> editor.subGoalForm(area.subGoalKey(2)));
        form.setNumber(n + ".1");

        assertThatThrownBy(() -> coordinator.call(() -> editor.reviseSubGoal(form)))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("plan.error.duplicateNumber");
                    assertThat(e.getArguments()).containsExactly(n + ".1", String.valueOf(n));
                });
    }

    @Test
    void input_without_text_or_with_a_malformed_number_is_refused_with_a_message_key() throws Exception {
        SubGoalForm form = coordinator.call(() -> editor.subGoalForm(area.subGoalKey(2)));
        form.setText("  ");
        assertThatThrownBy(() -> coordinator.call(() -> editor.reviseSubGoal(form)))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("plan.error.textRequired"));
        form.setText("Text");
        form.setNumber("tre");
        assertThatThrownBy(() -> coordinator.call(() -> editor.reviseSubGoal(form)))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("plan.error.numberFormat"));
    }

    @Test
    void a_coordinator_chooses_a_delmals_ansvariga_from_the_catalogue_and_the_change_is_audited() throws Exception {
        String key = area.subGoalKey(1);
        assertThat(coordinator.call(() -> catalogue.responsibleChoices()))
                .startsWith(ActorCatalogue.EACH_KOMMUN).contains("FoU Välfärd", "Umeå kommun", "Socialchefer Region 8");
        SubGoalForm first = coordinator.call(() -> editor.subGoalForm(key));
        first.setResponsible(List.of("Umeå kommun", "Socialchefer Region 8"));
        coordinator.call(() -> editor.reviseSubGoal(first));
        SubGoalForm form = coordinator.call(() -> editor.subGoalForm(key));
        List<String> before = List.copyOf(form.getResponsible());
        assertThat(before).containsExactly("Umeå kommun", "Socialchefer Region 8");
        form.setResponsible(List.of("Respektive kommun", before.get(1), "FoU Välfärd"));

        SubGoalForm saved = coordinator.call(() -> editor.reviseSubGoal(form));

        assertThat(saved.getResponsible()).as("kept ansvariga keep their place, new ones follow")
                .containsExactly(before.get(1), "Respektive kommun", "FoU Välfärd");
        assertThat(db.auditedChange(key, "responsible").get(1))
                .isEqualTo(before.get(1) + ", Respektive kommun, FoU Välfärd");

        SubGoalForm reordered = coordinator.call(() -> editor.subGoalForm(key));
        reordered.setResponsible(List.of("FoU Välfärd", "Respektive kommun", before.get(1)));
        long auditRows = db.countRows("audit_entry");
        coordinator.call(() -> editor.reviseSubGoal(reordered));
        assertThat(db.countRows("audit_entry")).as("the same ansvariga in another order change nothing")
                .isEqualTo(auditRows);
    }

    @Test
    void a_coordinator_reorders_aktiviteter_and_moves_one_to_another_delmal_where_its_history_follows() throws Exception {
        int n = area.number();
        List<String> inFirst = area.activityKeys(1);
        assertThat(db.activityItemKeys(n + ".1")).containsExactlyElementsOf(inFirst).hasSize(2);

        coordinator.call(() -> editor.moveActivity(inFirst.get(1), -1));
        assertThat(db.activityItemKeys(n + ".1")).containsExactly(inFirst.get(1), inFirst.get(0));

        SubGoalForm left = coordinator.call(() -> editor.moveActivityTo(inFirst.get(0), area.subGoalKey(3)));

        assertThat(left.getActivities()).extracting(SubGoalForm.ActivityForm::getItemKey).containsExactly(inFirst.get(1));
        assertThat(db.activityItemKeys(n + ".3")).containsExactly(area.activityKeys(3).get(0), area.activityKeys(3).get(1), inFirst.get(0));
        assertThat(db.auditedChange(inFirst.get(0), "subGoal")).containsExactly(n + ".1", n + ".3");
        assertThatThrownBy(() -> kommunEditor.call(() -> editor.moveActivity(inFirst.get(1), 1)))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void only_a_coordinator_adds_to_the_actor_catalogue_and_a_name_is_taken_once() throws Exception {
        assertThatThrownBy(() -> kommunEditor.call(() -> catalogue.add("Skolnätverket", ActorKind.NETWORK, null)))
                .isInstanceOf(EJBAccessException.class);

        String name = TestRun.unique("Barnahus Västerbotten");
        coordinator.call(() -> catalogue.add(name, ActorKind.WORKING_GROUP, "Samverkan kring barn"));

        assertThat(kommunEditor.call(() -> catalogue.actors())).extracting(ActorCatalogue.Entry::name)
                .contains(name);
        assertThatThrownBy(() -> coordinator.call(() -> catalogue.add(name.toLowerCase(java.util.Locale.ROOT), ActorKind.NETWORK, null)))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("actors.error.duplicate"));
    }

}
