package se.samverkansportalen.it.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.AsCoordinator;
import se.samverkansportalen.it.support.AsKommunEditor;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.service.plan.AreaForm;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.service.plan.RegionalPlanEditor;
import se.samverkansportalen.service.plan.RegionalPlanService;

/**
 * FoU Välfärd rewords a förbättringsområde's utvecklingsmål and opens a sixth area; nobody else
 * can, and every change shows in the area's history. Runs after the tests that expect five areas.
 */
@ExtendWith(ArquillianExtension.class)
@Order(6)
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

    @Test
    void a_coordinator_rewords_an_utvecklingsmal_and_adds_an_area_numbered_after_the_last() throws Exception {
        AreaForm area2 = coordinator.call(() -> editor.areaForm(2));
        area2.setDevelopmentGoal("Barn och unga ska erbjudas likvärdigt stöd oavsett hemkommun.");
        coordinator.call(() -> editor.saveArea(area2));

        AreaForm fresh = new AreaForm();
        fresh.setTitle("Barnets rätt till delaktighet");
        fresh.setDevelopmentGoal("Barn och unga ska vara delaktiga i beslut som rör dem.");
        AreaForm created = coordinator.call(() -> editor.saveArea(fresh));

        assertThat(created.getNumber()).isEqualTo(6);
        assertThat(coordinator.call(() -> plans.currentPlan()).orElseThrow().areas())
                .extracting(a -> a.number() + " " + a.title()).contains("6 Barnets rätt till delaktighet");
        assertThat(coordinator.call(() -> editor.areaForm(2)).getDevelopmentGoal())
                .isEqualTo("Barn och unga ska erbjudas likvärdigt stöd oavsett hemkommun.");
    }

    @Test
    void a_socialchef_cannot_change_an_area_and_an_empty_title_is_refused() throws Exception {
        AreaForm area1 = coordinator.call(() -> editor.areaForm(1));
        area1.setTitle("Kapat");
        assertThatThrownBy(() -> socialchef.call(() -> editor.saveArea(area1))).isInstanceOf(EJBAccessException.class);

        area1.setTitle(" ");
        assertThatThrownBy(() -> coordinator.call(() -> editor.saveArea(area1)))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("plan.error.areaTitleRequired"));
        assertThat(coordinator.call(() -> editor.areaForm(1)).getTitle()).startsWith("Tidigt stöd");
    }
}
