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
        return linked(new KommunPlans(kommunEm), report);
    }

    /** The linked indicators per report item id, from the kommun's plans as read for the use case. */
    static Map<Long, List<Indicator>> linked(KommunPlans plans, ProgressReport report) {
        Map<ReportSubmissions.ItemRef, List<Indicator>> byRef = linked(plans,
                report.getItems().stream().map(ReportSubmissions.ItemRef::of).toList());
        Map<Long, List<Indicator>> linked = new HashMap<>();
        for (ReportItem item : report.getItems()) {
            List<Indicator> indicators = byRef.get(ReportSubmissions.ItemRef.of(item));
            if (indicators != null) {
                linked.put(item.getId(), indicators);
            }
        }
        return linked;
    }

    /**
     * The linked indicators per item reference, for the items of a report in their order (also
     * items a report does not hold yet: a form shows them before the first save stores them).
     */
    static Map<ReportSubmissions.ItemRef, List<Indicator>> linked(EntityManager kommunEm, List<ReportSubmissions.ItemRef> items) {
        return linked(new KommunPlans(kommunEm), items);
    }

    /**
     * As {@link #linked(EntityManager, List)}, from the kommun's plans as read for the use case.
     * Only a risk measure's item carries indicators: for items with none, the plans are not read.
     * The risks of every plan are read before the indicators, which refer to them.
     */
    static Map<ReportSubmissions.ItemRef, List<Indicator>> linked(KommunPlans plans, List<ReportSubmissions.ItemRef> items) {
        if (items.stream().noneMatch(item -> item.type() == ItemType.RISK_MEASURE)) {
            return Map.of();
        }
        Map<String, Risk> riskOfMeasure = new HashMap<>();
        Map<Risk, List<Indicator>> indicatorsOfRisk = new HashMap<>();
        for (LocalPlan plan : plans.all()) {
            plan.risks().forEach(r -> r.getMeasures().forEach(m -> riskOfMeasure.put(String.valueOf(m.getId()), r)));
        }
        for (LocalPlan plan : plans.all()) {
            plan.getIndicators().stream().filter(i -> i.getRisk() != null)
                    .forEach(i -> indicatorsOfRisk.computeIfAbsent(i.getRisk(), r -> new java.util.ArrayList<>()).add(i));
        }
        Map<ReportSubmissions.ItemRef, List<Indicator>> linked = new HashMap<>();
        Set<Risk> carried = new HashSet<>();
        for (ReportSubmissions.ItemRef item : items) {
            Risk risk = item.type() == ItemType.RISK_MEASURE ? riskOfMeasure.get(item.key()) : null;
            if (risk != null && indicatorsOfRisk.containsKey(risk) && carried.add(risk)) {
                linked.put(item, indicatorsOfRisk.get(risk));
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
