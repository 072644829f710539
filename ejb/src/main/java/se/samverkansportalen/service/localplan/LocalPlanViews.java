package se.samverkansportalen.service.localplan;

import java.util.Map;
import se.samverkansportalen.domain.localplan.LocalMeasure;
import se.samverkansportalen.domain.localplan.LocalPlan;

/** Maps local plans to what pages and the API show; shared by the kommun's and the readers' paths. */
final class LocalPlanViews {

    private LocalPlanViews() {
    }

    static LocalPlanView view(LocalPlan plan, String kommunCode, String kommunName, Map<String, String> subGoalNumbers) {
        return new LocalPlanView(plan.getId(), kommunCode, kommunName, plan.getShape(), plan.getTitle(),
                plan.getRegistrationNumber(), plan.getDecidedOn(), plan.getDecidedBy(), plan.getStatus(),
                plan.getBudgetSek(), plan.getObjectives(), plan.getFocusAreas(), plan.getSourceLabel(),
                plan.getLockVersion(), plan.getMeasures().stream().map(m -> measure(m, subGoalNumbers)).toList(),
                plan.totalCostSek());
    }

    static LocalPlanSummary summary(LocalPlan plan, String kommunCode, String kommunName) {
        return new LocalPlanSummary(plan.getId(), kommunCode, kommunName, plan.getTitle(), plan.getShape(),
                plan.getStatus(), plan.getDecidedOn(), plan.getMeasures().size(), plan.getSourceLabel());
    }

    private static LocalPlanView.Measure measure(LocalMeasure m, Map<String, String> subGoalNumbers) {
        return new LocalPlanView.Measure(m.getId(), m.getNumber(), m.getTitle(), m.getHow(), m.getResult(),
                m.getDueOn(), m.getCostSek(), m.getLockVersion(), m.getLinkedSubGoals().stream()
                        .map(k -> new LocalPlanView.LinkedSubGoal(k, subGoalNumbers.getOrDefault(k, "–"))).toList());
    }
}
