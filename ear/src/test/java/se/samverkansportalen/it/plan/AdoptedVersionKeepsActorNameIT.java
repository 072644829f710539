package se.samverkansportalen.it.plan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.domain.actor.ActorKind;
import se.samverkansportalen.it.support.AsCoordinator;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.TestArea;
import se.samverkansportalen.it.support.TestRun;
import se.samverkansportalen.service.actor.ActorCatalogue;
import se.samverkansportalen.service.plan.PlanHistory;
import se.samverkansportalen.service.plan.RegionalPlanEditor;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.plan.RegionalPlanView;
import se.samverkansportalen.service.plan.SubGoalForm;
import se.samverkansportalen.service.plan.VersionSummary;

/**
 * A fastställd plan keeps the words it was decided with. FoU Välfärd makes a delmål of its own
 * (in a förbättringsområde of the test's own) the responsibility of a new actor, the plan is
 * fastställd, the next utkast is started, and the actor is renamed in the catalogue: the utkast
 * names the actor by its new name (and the delmål's history says so), the fastställd version
 * still by the old one. The test's area and actor are removed again at the end.
 */
@ExtendWith(ArquillianExtension.class)
class AdoptedVersionKeepsActorNameIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(AdoptedVersionKeepsActorNameIT.class);
    }

    @EJB
    RegionalPlanEditor editor;

    @EJB
    RegionalPlanService plans;

    @EJB
    ActorCatalogue actors;

    @EJB
    PlanHistory history;

    @EJB
    AsCoordinator coordinator;

    @Test
    void after_a_rename_the_adopted_version_keeps_the_old_name_and_the_draft_shows_the_new_one() throws Exception {
        String oldName = TestRun.unique("Barnahus");
        String newName = TestRun.unique("Barnahus Västerbotten");
        ActorCatalogue.Entry actor = coordinator.call(() -> actors.add(oldName, ActorKind.REGIONAL_UNIT, null));
        TestArea area = TestArea.create(coordinator, editor, plans, "Aktörsbyte", 1, 1);
        try {
            String delmal = area.subGoalKey(1);
            SubGoalForm form = coordinator.call(() -> editor.subGoalForm(delmal));
            form.setResponsible(List.of(oldName));
            coordinator.call(() -> editor.reviseSubGoal(form));
            coordinator.call(() -> {
                editor.adopt(LocalDate.now(ZoneId.of("Europe/Stockholm")), "Socialchefsnätverket", null);
                return null;
            });
            int adopted = latest().number();
            assertThat(latest().draft()).isFalse();

            SubGoalForm next = coordinator.call(() -> editor.subGoalForm(delmal));
            next.setTimeframe("2028");
            coordinator.call(() -> editor.reviseSubGoal(next));
            assertThat(latest().draft()).as("the change started the next utkast").isTrue();
            coordinator.call(() -> actors.revise(new ActorCatalogue.Entry(actor.key(), newName, actor.kind(), actor.note(),
                    actor.lockVersion())));

            RegionalPlanView adoptedVersion = coordinator.call(() -> plans.version(adopted)).orElseThrow();
            RegionalPlanView draft = coordinator.call(() -> plans.currentPlan()).orElseThrow();
            assertThat(draft.draft()).isTrue();
            assertThat(draft.versionNumber()).isGreaterThan(adopted);
            assertThat(responsible(adoptedVersion, area.title())).as("fastställd: as decided").containsExactly(oldName);
            assertThat(responsible(draft, area.title())).as("utkast: the catalogue's name").containsExactly(newName);
            assertThat(coordinator.call(() -> editor.subGoalForm(delmal)).getResponsible()).containsExactly(newName);
            assertThat(coordinator.call(() -> history.of(RegionalPlanEditor.SUB_GOAL, delmal)))
                    .anySatisfy(e -> {
                        assertThat(e.field()).isEqualTo("responsible");
                        assertThat(e.before()).isEqualTo(oldName);
                        assertThat(e.after()).isEqualTo(newName);
                    });
        } finally {
            area.remove();
            coordinator.call(() -> {
                actors.remove(actor.key());
                return null;
            });
        }
    }

    /** The ansvariga of the (only) delmål of the area with this title, in a version of the plan. */
    private static List<String> responsible(RegionalPlanView version, String areaTitle) {
        RegionalPlanView.Area area = version.areas().stream().filter(a -> a.title().equals(areaTitle)).findFirst().orElseThrow();
        return area.subGoals().get(0).lines().stream().flatMap(l -> l.responsible().stream())
                .map(RegionalPlanView.Responsible::name).distinct().toList();
    }

    private VersionSummary latest() throws Exception {
        List<VersionSummary> versions = coordinator.call(() -> plans.versions());
        return versions.get(versions.size() - 1);
    }
}
