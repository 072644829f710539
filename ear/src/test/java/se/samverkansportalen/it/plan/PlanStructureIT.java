package se.samverkansportalen.it.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.domain.actor.ActorKind;
import se.samverkansportalen.it.support.AsCoordinator;
import se.samverkansportalen.it.support.AsKommunEditor;
import se.samverkansportalen.it.support.DatabaseProbe;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.TestArea;
import se.samverkansportalen.it.support.TestRun;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.actor.ActorCatalogue;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.service.plan.RegionalPlanEditor;
import se.samverkansportalen.service.plan.SubGoalForm;

/**
 * FoU Välfärd reshapes the plan: reorders förbättringsområden and delmål (numbers follow the
 * places, as in the document), removes an area unless kommuner have reported on it, names
 * ansvariga and a tidsram per aktivitet, and keeps the actor catalogue up to date without
 * breaking the plan. Each test works on förbättringsområden of its own and removes them again.
 */
@ExtendWith(ArquillianExtension.class)
class PlanStructureIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(PlanStructureIT.class);
    }

    @EJB
    RegionalPlanEditor editor;

    @EJB
    ActorCatalogue catalogue;

    @EJB
    RegionalPlanService plans;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AsKommunEditor socialchef;

    @EJB
    DatabaseProbe db;

    @Test
    void moving_an_area_down_renumbers_it_and_its_delmal_and_moving_it_back_restores_the_numbers() throws Exception {
        TestArea first = TestArea.create(coordinator, editor, plans, "Flyttas", 1, 1);
        TestArea second = TestArea.create(coordinator, editor, plans, "Byter plats", 1, 1);
        try {
            int n = first.number();
            assertThat(second.number()).isEqualTo(n + 1);
            String area = db.areaItemKey(n);

            int now = coordinator.call(() -> editor.moveArea(n, 1));

            assertThat(now).isEqualTo(n + 1);
            assertThat(db.areaItemKey(n + 1)).isEqualTo(area);
            assertThat(db.subGoalItemKey((n + 1) + ".1")).isEqualTo(first.subGoalKey(1));
            assertThat(db.subGoalItemKey(n + ".1")).isEqualTo(second.subGoalKey(1));
            assertThat(db.auditedChange(first.subGoalKey(1), "number")).containsExactly(n + ".1", (n + 1) + ".1");
            assertThatThrownBy(() -> socialchef.call(() -> editor.moveArea(n + 1, -1))).isInstanceOf(EJBAccessException.class);

            coordinator.call(() -> editor.moveArea(n + 1, -1));
            assertThat(db.areaItemKey(n)).isEqualTo(area);
            assertThat(db.subGoalItemKey(n + ".1")).isEqualTo(first.subGoalKey(1));
        } finally {
            second.remove();
            first.remove();
        }
    }

    @Test
    void an_area_with_reported_aktiviteter_cannot_be_removed_and_removing_one_moves_the_later_areas_up() throws Exception {
        TestArea reported = TestArea.create(coordinator, editor, plans, "Rapporterat", 1, 1);
        TestArea later = TestArea.create(coordinator, editor, plans, "Efter det rapporterade", 1, 1);
        String activity = reported.activityKeys(1).get(0);
        try {
            int number = reported.number();
            db.reportOn(activity, "2480");

            assertThatThrownBy(() -> coordinator.call(() -> {
                editor.removeArea(number);
                return null;
            })).isInstanceOfSatisfying(Refusal.class, e -> {
                assertThat(e.getMessageKey()).isEqualTo("plan.error.areaHasReports");
                assertThat(e.getArguments()).containsExactly(String.valueOf(number), "1");
            });
            assertThat(db.subGoalItemKey(number + ".1")).isEqualTo(reported.subGoalKey(1));

            db.withdrawReports(activity);
            String after = db.areaItemKey(number + 1);
            coordinator.call(() -> {
                editor.removeArea(number);
                return null;
            });
            assertThat(db.areaItemKey(number)).as("the area after it has moved up").isEqualTo(after);
            assertThat(later.number()).isEqualTo(number);
            assertThat(db.count("SELECT COUNT(s) FROM SubGoal s WHERE s.itemKey = '" + reported.subGoalKey(1)
                    + "' AND s.area.planVersion.number = (SELECT MAX(v.number) FROM PlanVersion v)")).isZero();
        } finally {
            db.withdrawReports(activity);
            later.remove();
            reported.remove();
        }
    }

    @Test
    void moving_a_delmal_down_gives_it_the_number_of_its_new_place() throws Exception {
        TestArea own = TestArea.create(coordinator, editor, plans, "Delmål flyttas", 2, 1);
        try {
            int n = own.number();
            String first = own.subGoalKey(1);
            String second = own.subGoalKey(2);

            SubGoalForm moved = coordinator.call(() -> editor.moveSubGoal(first, 1));

            assertThat(moved.getNumber()).isEqualTo(n + ".2");
            assertThat(db.subGoalItemKey(n + ".1")).isEqualTo(second);
            assertThat(db.auditedChange(first, "number")).containsExactly(n + ".1", n + ".2");

            coordinator.call(() -> editor.moveSubGoal(first, -1));
            assertThat(db.subGoalItemKey(n + ".1")).isEqualTo(first);
        } finally {
            own.remove();
        }
    }

    @Test
    void an_aktivitet_gets_ansvariga_and_a_tidsram_of_its_own_and_the_change_is_audited() throws Exception {
        TestArea own = TestArea.create(coordinator, editor, plans, "Ansvariga", 1, 1);
        try {
            String key = own.subGoalKey(1);
            SubGoalForm form = coordinator.call(() -> editor.subGoalForm(key));
            SubGoalForm.ActivityForm row = form.getActivities().get(0);
            row.setResponsible(List.of("FoU Välfärd", "Umeå kommun"));
            row.setTimeframe("Hösten 2018");

            SubGoalForm saved = coordinator.call(() -> editor.reviseSubGoal(form));

            assertThat(saved.getActivities().get(0).getResponsible()).containsExactly("FoU Välfärd", "Umeå kommun");
            assertThat(saved.getActivities().get(0).getTimeframe()).isEqualTo("Hösten 2018");
            assertThat(db.auditedChange(row.getItemKey(), "timeframe")).containsExactly(null, "Hösten 2018");
            assertThat(db.auditedChange(row.getItemKey(), "responsible").get(1)).isEqualTo("FoU Välfärd, Umeå kommun");

            SubGoalForm again = coordinator.call(() -> editor.subGoalForm(key));
            again.getActivities().get(0).setResponsible(List.of());
            again.getActivities().get(0).setTimeframe(" ");
            SubGoalForm cleared = coordinator.call(() -> editor.reviseSubGoal(again));
            assertThat(cleared.getActivities().get(0).getResponsible()).as("the delmål's ansvariga apply again").isEmpty();
            assertThat(cleared.getActivities().get(0).getTimeframe()).isNull();
        } finally {
            own.remove();
        }
    }

    @Test
    void an_actor_in_use_cannot_be_removed_and_a_rename_follows_into_the_plans_utkast() throws Exception {
        TestArea own = TestArea.create(coordinator, editor, plans, "Aktör", 1, 1);
        String name = TestRun.unique("Arbetsgrupp Skolnärvaro");
        String newName = TestRun.unique("Arbetsgrupp Närvaro i skolan");
        ActorCatalogue.Entry added = coordinator.call(() -> catalogue.add(name, ActorKind.WORKING_GROUP, null));
        String key = own.subGoalKey(1);
        String number = own.number() + ".1";
        SubGoalForm form = coordinator.call(() -> editor.subGoalForm(key));
        form.getResponsible().add(name);
        coordinator.call(() -> editor.reviseSubGoal(form));

        assertThatThrownBy(() -> coordinator.call(() -> {
            catalogue.remove(added.key());
            return null;
        })).isInstanceOfSatisfying(Refusal.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo("actors.error.inUse");
            assertThat(e.getArguments()).containsExactly(name, "delmål " + number);
        });

        ActorCatalogue.Entry renamed = new ActorCatalogue.Entry(added.key(), newName,
                ActorKind.WORKING_GROUP, "Skolnärvaro", added.lockVersion());
        assertThatThrownBy(() -> socialchef.call(() -> catalogue.revise(renamed))).isInstanceOf(EJBAccessException.class);
        coordinator.call(() -> catalogue.revise(renamed));
        assertThat(coordinator.call(() -> editor.subGoalForm(key)).getResponsible())
                .contains(newName).doesNotContain(name);
        assertThatThrownBy(() -> coordinator.call(() -> catalogue.revise(renamed)))
                .as("a second save from the same, now stale, form")
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("actors.error.changed"));

        SubGoalForm without = coordinator.call(() -> editor.subGoalForm(key));
        without.getResponsible().remove(newName);
        coordinator.call(() -> editor.reviseSubGoal(without));
        coordinator.call(() -> {
            catalogue.remove(added.key());
            return null;
        });
        assertThat(coordinator.call(() -> catalogue.actors())).extracting(ActorCatalogue.Entry::key).doesNotContain(added.key());
        own.remove();
    }
}
