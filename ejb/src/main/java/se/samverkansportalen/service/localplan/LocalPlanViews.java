package se.samverkansportalen.service.localplan;

import java.util.Map;
import se.samverkansportalen.domain.localplan.Indicator;
import se.samverkansportalen.domain.localplan.LocalMeasure;
import se.samverkansportalen.domain.localplan.Risk;
import se.samverkansportalen.domain.localplan.RiskAssessment;
import se.samverkansportalen.domain.localplan.LocalPlan;

/** Maps local plans to what pages and the API show; shared by the kommun's and the readers' paths. */
final class LocalPlanViews {

    private LocalPlanViews() {
    }

    /**
     * The plan as a page shows it; {@code exact} for the kommun itself, otherwise small counts
     * are withheld ("< 5") and never leave the server.
     */
    static LocalPlanView view(LocalPlan plan, String kommunCode, String kommunName, Map<String, String> subGoalNumbers,
            boolean exact) {
        return new LocalPlanView(plan.getId(), kommunCode, kommunName, plan.getShape(), plan.getTitle(),
                plan.getRegistrationNumber(), plan.getDecidedOn(), plan.getDecidedBy(), plan.getStatus(),
                plan.getBudgetSek(), plan.getObjectives(), plan.getFocusAreas(), plan.getSourceLabel(),
                plan.isExample(), plan.getLockVersion(), plan.getMeasures().stream().map(m -> measure(m, subGoalNumbers)).toList(),
                plan.totalCostSek(), plan.getSummary(),
                plan.getGoals().stream().map(g -> new LocalPlanView.Goal(g.getId() == null ? 0 : g.getId(), g.getTitle(), g.getFocusArea(),
                        g.getRisks().stream().map(r -> risk(r, subGoalNumbers)).toList(), g.getLockVersion())).toList(),
                plan.getIndicators().stream().map(i -> indicator(i, exact)).toList());
    }

    private static LocalPlanView.RiskView risk(Risk r, Map<String, String> subGoalNumbers) {
        return new LocalPlanView.RiskView(r.getId() == null ? 0 : r.getId(), r.getNumber(), r.getQualityArea(), r.getTitle(),
                r.getDescription(), r.getAssessments().stream().sorted(java.util.Comparator.comparing(RiskAssessment::getPeriod))
                        .map(a -> new LocalPlanView.Assessment(a.getPeriod(), a.getLikelihood(), a.getSeverity(), a.getLevel()))
                        .toList(),
                r.getMeasures().stream().map(m -> new LocalPlanView.RiskMeasureView(m.getId() == null ? 0 : m.getId(),
                        m.getTitle(), m.getDescription(), m.getStatus())).toList(),
                r.getLinkedSubGoals().stream()
                        .map(k -> new LocalPlanView.LinkedSubGoal(k, subGoalNumbers.getOrDefault(k, "–"))).toList(),
                r.getLockVersion());
    }

    private static LocalPlanView.IndicatorView indicator(Indicator i, boolean exact) {
        return new LocalPlanView.IndicatorView(i.getId() == null ? 0 : i.getId(),
                i.getRisk() == null ? null : i.getRisk().getNumber(), i.getName(), i.getUnit(), i.getDirection(),
                withheld(i.getBaseline(), !exact && i.isBaselineSmallNumber()), !exact && i.isBaselineSmallNumber(),
                withheld(i.getTarget(), !exact && i.isTargetSmallNumber()), !exact && i.isTargetSmallNumber(), i.getPeriodicity(), i.isDerived(),
                i.isDerived() ? i.getNumerator().getName() + " / " + i.getDenominator().getName() : null, i.getNote(),
                i.periods().stream().map(p -> LocalPlanView.Reading.of(p, i.valueFor(p).orElse(null), i.isSmallNumber(p), exact))
                        .toList(),
                i.getLockVersion());
    }

    private static java.math.BigDecimal withheld(java.math.BigDecimal value, boolean withheld) {
        return withheld ? null : value;
    }

    static LocalPlanSummary summary(LocalPlan plan, String kommunCode, String kommunName) {
        return new LocalPlanSummary(plan.getId(), kommunCode, kommunName, plan.getTitle(), plan.getShape(),
                plan.getStatus(), plan.getDecidedOn(), plan.measureCount(), plan.getSourceLabel());
    }

    private static LocalPlanView.Measure measure(LocalMeasure m, Map<String, String> subGoalNumbers) {
        return new LocalPlanView.Measure(m.getId(), m.getNumber(), m.getTitle(), m.getHow(), m.getResult(),
                m.getDueOn(), m.getCostSek(), m.getLockVersion(), m.getLinkedSubGoals().stream()
                        .map(k -> new LocalPlanView.LinkedSubGoal(k, subGoalNumbers.getOrDefault(k, "–"))).toList());
    }
}
