package se.samverkansportalen.it.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.domain.actor.ActorKind;
import se.samverkansportalen.it.support.AsCoordinator;
import se.samverkansportalen.it.support.AsKommunEditor;
import se.samverkansportalen.it.support.DatabaseProbe;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.service.actor.ActorCatalogue;
import se.samverkansportalen.service.plan.AreaForm;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.service.plan.RegionalPlanEditor;
import se.samverkansportalen.service.plan.SubGoalForm;

/**
 * FoU Välfärd reshapes the plan: reorders förbättringsområden and delmål (numbers follow the
 * places, as in the document), removes an area unless kommuner have reported on it, names
 * ansvariga and a tidsram per aktivitet, and keeps the actor catalogue up to date without
 * breaking the plan. Runs after the area tests; leaves areas 1–5 as the seed has them.
 */
@ExtendWith(ArquillianExtension.class)
@Order(7)
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
    AsCoordinator coordinator;

    @EJB
    AsKommunEditor socialchef;

    @EJB
    DatabaseProbe db;

    @Test
    void moving_an_area_down_renumbers_it_and_its_delmal_and_moving_it_back_restores_the_numbers() throws Exception {
        String area4 = db.areaItemKey(4);
        String delmal41 = db.subGoalItemKey("4.1");
        String delmal51 = db.subGoalItemKey("5.1");

        int now = coordinator.call(() -> editor.moveArea(4, 1));

        assertThat(now).isEqualTo(5);
        assertThat(db.areaItemKey(5)).isEqualTo(area4);
        assertThat(db.subGoalItemKey("5.1")).isEqualTo(delmal41);
        assertThat(db.subGoalItemKey("4.1")).isEqualTo(delmal51);
        assertThat(db.auditedChange(delmal41, "number")).containsExactly("4.1", "5.1");
        assertThatThrownBy(() -> socialchef.call(() -> editor.moveArea(5, -1))).isInstanceOf(EJBAccessException.class);

        coordinator.call(() -> editor.moveArea(5, -1));
        assertThat(db.areaItemKey(4)).isEqualTo(area4);
        assertThat(db.subGoalItemKey("4.1")).isEqualTo(delmal41);
    }

    @Test
    void an_area_with_reported_aktiviteter_cannot_be_removed_and_removing_one_moves_the_later_areas_up() throws Exception {
        AreaForm fresh = new AreaForm();
        fresh.setTitle("Tillfälligt område");
        fresh.setDevelopmentGoal("Prövas och tas bort igen.");
        int number = coordinator.call(() -> editor.saveArea(fresh)).getNumber();
        SubGoalForm delmal = coordinator.call(() -> editor.addSubGoal(number, number + ".1", "Prövodelmål", "Våren 2018"));
        String activity = coordinator.call(() -> editor.addActivity(delmal.getItemKey(), "Prövoaktivitet", true, false))
                .getActivities().get(0).getItemKey();
        db.reportOn(activity, "2480");

        assertThatThrownBy(() -> coordinator.call(() -> {
            editor.removeArea(number);
            return null;
        })).isInstanceOfSatisfying(Refusal.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo("plan.error.areaHasReports");
            assertThat(e.getArguments()).containsExactly(String.valueOf(number), "1");
        });
        assertThat(db.subGoalItemKey(number + ".1")).isEqualTo(delmal.getItemKey());

        db.withdrawReports(activity);
        coordinator.call(() -> editor.saveArea(sixth()));
        String after = db.areaItemKey(number + 1);
        coordinator.call(() -> {
            editor.removeArea(number);
            return null;
        });
        assertThat(db.areaItemKey(number)).as("the area after it has moved up").isEqualTo(after);
        assertThat(db.count("SELECT COUNT(s) FROM SubGoal s WHERE s.itemKey = '" + delmal.getItemKey()
                + "' AND s.area.planVersion.number = (SELECT MAX(v.number) FROM PlanVersion v)")).isZero();

        for (int n = number; n > 5; n--) { // leave areas 1–5, as the seed has them
            int area = n;
            coordinator.call(() -> {
                editor.removeArea(area);
                return null;
            });
        }
        assertThat(db.count("SELECT COUNT(a) FROM ImprovementArea a "
                + "WHERE a.planVersion.number = (SELECT MAX(v.number) FROM PlanVersion v)")).isEqualTo(5);
    }

    @Test
    void moving_a_delmal_down_gives_it_the_number_of_its_new_place() throws Exception {
        String first = db.subGoalItemKey("1.1");
        String second = db.subGoalItemKey("1.2");

        SubGoalForm moved = coordinator.call(() -> editor.moveSubGoal(first, 1));

        assertThat(moved.getNumber()).isEqualTo("1.2");
        assertThat(db.subGoalItemKey("1.1")).isEqualTo(second);
        assertThat(db.auditedChange(first, "number")).containsExactly("1.1", "1.2");

        coordinator.call(() -> editor.moveSubGoal(first, -1));
        assertThat(db.subGoalItemKey("1.1")).isEqualTo(first);
    }

    @Test
    void an_aktivitet_gets_ansvariga_and_a_tidsram_of_its_own_and_the_change_is_audited() throws Exception {
        String key = db.subGoalItemKey("2.3");
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
    }

    @Test
    void an_actor_in_use_cannot_be_removed_and_a_rename_follows_into_the_plans_utkast() throws Exception {
        ActorCatalogue.Entry added = coordinator.call(() -> catalogue.add("Arbetsgrupp Skolnärvaro", ActorKind.WORKING_GROUP, null));
        String key = db.subGoalItemKey("3.1");
        SubGoalForm form = coordinator.call(() -> editor.subGoalForm(key));
        form.getResponsible().add("Arbetsgrupp Skolnärvaro");
        coordinator.call(() -> editor.reviseSubGoal(form));

        assertThatThrownBy(() -> coordinator.call(() -> {
            catalogue.remove(added.key());
            return null;
        })).isInstanceOfSatisfying(Refusal.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo("actors.error.inUse");
            assertThat(e.getArguments()).containsExactly("Arbetsgrupp Skolnärvaro", "delmål 3.1");
        });

        ActorCatalogue.Entry renamed = new ActorCatalogue.Entry(added.key(), "Arbetsgrupp Närvaro i skolan",
                ActorKind.WORKING_GROUP, "Skolnärvaro", added.lockVersion());
        assertThatThrownBy(() -> socialchef.call(() -> catalogue.revise(renamed))).isInstanceOf(EJBAccessException.class);
        coordinator.call(() -> catalogue.revise(renamed));
        assertThat(coordinator.call(() -> editor.subGoalForm(key)).getResponsible())
                .contains("Arbetsgrupp Närvaro i skolan").doesNotContain("Arbetsgrupp Skolnärvaro");
        assertThatThrownBy(() -> coordinator.call(() -> catalogue.revise(renamed)))
                .as("a second save from the same, now stale, form")
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("actors.error.changed"));

        SubGoalForm without = coordinator.call(() -> editor.subGoalForm(key));
        without.getResponsible().remove("Arbetsgrupp Närvaro i skolan");
        coordinator.call(() -> editor.reviseSubGoal(without));
        coordinator.call(() -> {
            catalogue.remove(added.key());
            return null;
        });
        assertThat(coordinator.call(() -> catalogue.actors())).extracting(ActorCatalogue.Entry::key).doesNotContain(added.key());
    }

    private static AreaForm sixth() {
        AreaForm area = new AreaForm();
        area.setTitle("Område efter det tillfälliga");
        area.setDevelopmentGoal("Flyttas upp när det tillfälliga tas bort.");
        return area;
    }
}
