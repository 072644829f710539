package se.samverkansportalen.it.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
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
import se.samverkansportalen.service.plan.RegionalPlanView;
import se.samverkansportalen.service.plan.AreaForm;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.service.plan.RegionalPlanEditor;
import se.samverkansportalen.service.plan.RegionalPlanService;

/**
 * FoU Välfärd rewords a förbättringsområde's utvecklingsmål and opens a new area after the last;
 * nobody else can, and every change is audited. The test works on areas of its own and removes
 * them again.
 */
@ExtendWith(ArquillianExtension.class)
class PlanAreasIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(PlanAreasIT.class);
    }

    @EJB
    RegionalPlanEditor editor;

    @EJB
    RegionalPlanService plans;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AsKommunEditor socialchef;

    @EJB
    DatabaseProbe db;

    @Test
    void a_coordinator_rewords_an_utvecklingsmal_and_adds_an_area_numbered_after_the_last() throws Exception {
        TestArea own = TestArea.create(coordinator, editor, plans, "Utvecklingsmål", 1, 1);
        try {
            AreaForm form = coordinator.call(() -> editor.areaForm(own.number()));
            form.setDevelopmentGoal("Barn och unga ska erbjudas likvärdigt stöd oavsett hemkommun.");
            coordinator.call(() -> editor.saveArea(form));
            int last = coordinator.call(() -> plans.currentPlan()).orElseThrow().areas().stream()
                    .mapToInt(RegionalPlanView.Area::number).max().orElseThrow();

            AreaForm fresh = new AreaForm();
            fresh.setTitle(TestRun.unique(TestArea.PREFIX + "Barnets rätt till delaktighet"));
            fresh.setDevelopmentGoal("Barn och unga ska vara delaktiga i beslut som rör dem.");
            AreaForm created = coordinator.call(() -> editor.saveArea(fresh));

            assertThat(created.getNumber()).isEqualTo(last + 1);
            assertThat(coordinator.call(() -> plans.currentPlan()).orElseThrow().areas())
                    .extracting(a -> a.number() + " " + a.title()).contains((last + 1) + " " + fresh.getTitle());
            assertThat(coordinator.call(() -> editor.areaForm(own.number())).getDevelopmentGoal())
                    .isEqualTo("Barn och unga ska erbjudas likvärdigt stöd oavsett hemkommun.");
            assertThat(db.auditedChange(db.areaItemKey(own.number()), "developmentGoal"))
                    .containsExactly("Utvecklingsmål för " + own.title() + ".", "Barn och unga ska erbjudas likvärdigt stöd oavsett hemkommun.");
            coordinator.call(() -> {
                editor.removeArea(created.getNumber());
                return null;
            });
        } finally {
            own.remove();
        }
    }

    @Test
    void a_socialchef_cannot_change_an_area_and_an_empty_title_is_refused() throws Exception {
        TestArea own = TestArea.create(coordinator, editor, plans, "Rubrik", 1, 1);
        try {
            AreaForm form = coordinator.call(() -> editor.areaForm(own.number()));
            form.setTitle("Kapat");
            assertThatThrownBy(() -> socialchef.call(() -> editor.saveArea(form))).isInstanceOf(EJBAccessException.class);

            form.setTitle(" ");
            assertThatThrownBy(() -> coordinator.call(() -> editor.saveArea(form)))
                    .isInstanceOfSatisfying(Refusal.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("plan.error.areaTitleRequired"));
            assertThat(coordinator.call(() -> editor.areaForm(own.number())).getTitle()).isEqualTo(own.title());
        } finally {
            own.remove();
        }
    }
}
