package se.samverkansportalen.domain.localplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The number of measures a list of local plans shows: Uppsala's measures plan counts its own
 * measures; Nacka's risk-based plan, whose measures sit under its risks, counts those (it was
 * listed with "Åtgärder 0").
 */
class LocalPlanMeasureCountTest {

    @Test
    void a_measures_plan_counts_its_measures() {
        LocalPlan plan = new LocalPlan(LocalPlanShape.MEASURES, "Handlingsplan 2015");
        plan.addMeasure(null, "Familjehemsrekrytering");
        plan.addMeasure(null, "BBIC-utbildning");
        assertThat(plan.measureCount()).isEqualTo(2);
    }

    @Test
    void a_risk_based_plan_counts_the_measures_under_its_risks() {
        LocalPlan plan = new LocalPlan(LocalPlanShape.RISK_BASED, "Åtgärdsplan 2020");
        LocalGoal goal = plan.addGoal("Trygg uppväxt", null);
        Risk placements = goal.addRisk("2.2", "Trygghet och säkerhet", "Placerade barn i jourhem", null);
        placements.addMeasure("Fler familjehem", null, TrafficLight.YELLOW);
        placements.addMeasure("Uppföljning var tredje månad", null, TrafficLight.GREEN);
        goal.addRisk("2.3", null, "Sena utredningar", null).addMeasure("Veckovis genomgång", null, TrafficLight.RED);
        assertThat(plan.measureCount()).isEqualTo(3);
    }

    @Test
    void a_plan_without_measures_counts_none() {
        assertThat(new LocalPlan(LocalPlanShape.RISK_BASED, "Tom plan").measureCount()).isZero();
    }
}
