package se.samverkansportalen.service.report;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samverkansportalen.domain.localplan.Indicator;
import se.samverkansportalen.domain.localplan.LocalPlan;
import se.samverkansportalen.domain.localplan.Risk;
import se.samverkansportalen.domain.report.ItemType;
import se.samverkansportalen.domain.report.ProgressReport;
import se.samverkansportalen.domain.report.ReportItem;

/**
 * Which indicators a report item carries: a risk measure's item carries its risk's indicators.
 * When a risk has several measures, only the first of them in the report carries them, so that
 * one value is never asked for twice in the same form. Read through the entity manager of the
 * report's own kommun.
 */
final class ReportIndicators {

    private ReportIndicators() {
    }

    /** The linked indicators per report item id. */
    static Map<Long, List<Indicator>> linked(EntityManager kommunEm, ProgressReport report) {
        Map<String, Risk> riskOfMeasure = new HashMap<>();
        Map<Risk, List<Indicator>> indicatorsOfRisk = new HashMap<>();
        for (LocalPlan plan : kommunEm.createNamedQuery(LocalPlan.ALL, LocalPlan.class).getResultList()) {
            plan.risks().forEach(r -> r.getMeasures().forEach(m -> riskOfMeasure.put(String.valueOf(m.getId()), r)));
            plan.getIndicators().stream().filter(i -> i.getRisk() != null)
                    .forEach(i -> indicatorsOfRisk.computeIfAbsent(i.getRisk(), r -> new java.util.ArrayList<>()).add(i));
        }
        Map<Long, List<Indicator>> linked = new HashMap<>();
        Set<Risk> carried = new HashSet<>();
        for (ReportItem item : report.getItems()) {
            Risk risk = item.getType() == ItemType.RISK_MEASURE ? riskOfMeasure.get(item.getItemKey()) : null;
            if (risk != null && indicatorsOfRisk.containsKey(risk) && carried.add(risk)) {
                linked.put(item.getId(), indicatorsOfRisk.get(risk));
            }
        }
        return linked;
    }

    /** The period's values of the indicators, exact for the kommun itself and with small counts withheld for others. */
    static List<ReportForm.IndicatorValue> values(List<Indicator> indicators, String periodCode, boolean exact) {
        return indicators.stream().flatMap(i -> i.getPeriodicity().periodsIn(periodCode).stream().map(p -> {
            boolean withheld = !exact && i.isSmallNumber(p);
            return new ReportForm.IndicatorValue(i.getId(), i.getName(), i.getUnit(), p,
                    withheld ? null : i.valueFor(p).orElse(null), i.isDerived(), withheld);
        })).toList();
    }
}
