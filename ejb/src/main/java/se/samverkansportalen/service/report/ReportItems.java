package se.samverkansportalen.service.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.domain.localplan.Indicator;
import se.samverkansportalen.domain.localplan.LocalPlan;
import se.samverkansportalen.domain.localplan.LocalPlanStatus;
import se.samverkansportalen.domain.plan.RegionalPlan;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.report.ItemType;
import se.samverkansportalen.domain.report.ProgressReport;
import se.samverkansportalen.domain.report.ReportItem;
import se.samverkansportalen.domain.report.ReportingPeriod;
import se.samverkansportalen.domain.validation.PersonalIdentityNumbers;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.plan.RegionalPlanService;

/**
 * The items of a kommun's report: what the kommun typed for each (status, traffic light,
 * narrative, and the values of the indicators linked to it, stored on the indicators), and the
 * items a report gains when the region or the kommun plans more (per-kommun aktiviteter of the
 * regional plan, measures of fastställda local plans). Every change is audited.
 *
 * <p>A plain package-private class that {@link KommunReports} creates with its own entity manager,
 * audit trail and the caller's kommun, not an EJB: filling items is only ever a step of that use
 * case, after its checks (open period, report editable by the kommun, optimistic lock), so it must
 * not be a second entry from the web layer. It runs in the use case's transaction with its entity
 * manager, which the tenant binding bound to the caller's kommun on entry to {@code KommunReports}.
 */
final class ReportItems {

    private final EntityManager em;
    private final AuditTrail audit;
    private final String kommunCode;

    /** Items written through {@code kommunEm} (bound to the kommun {@code kommunCode}), audited in {@code audit}. */
    ReportItems(EntityManager kommunEm, AuditTrail audit, String kommunCode) {
        this.em = kommunEm;
        this.audit = audit;
        this.kommunCode = kommunCode;
    }

    /**
     * Fills the report's items from {@code input}, row by row, and records the typed values of
     * each item's linked indicators for the periods the report covers.
     *
     * @return the linked indicators per report item id (as {@link ReportIndicators#linked} gives them)
     * @throws NotFoundRefusal {@code report.error.notFound} for a row naming no item of this report,
     *         or an indicator value for an indicator not linked to the item or a period the report
     *         does not cover
     * @throws InvalidInputRefusal {@code report.error.personnummer} at
     *         {@code items[N].narrative} for a narrative holding a personnummer; and
     *         {@link Indicator#record}'s refusals (a negative count, too many decimals) for a
     *         value the kommun changed; a value it left as it was is not judged again
     */
    Map<Long, List<Indicator>> fill(ProgressReport report, ReportForm input) {
        Map<Long, List<Indicator>> linked = ReportIndicators.linked(em, report);
        Map<Long, ReportItem> items = report.getItems().stream().collect(Collectors.toMap(ReportItem::getId, Function.identity()));
        for (int index = 0; index < input.getItems().size(); index++) {
            ReportForm.Item row = input.getItems().get(index);
            ReportItem item = items.get(row.getId());
            if (item == null) {
                throw new NotFoundRefusal("report.error.notFound");
            }
            if (PersonalIdentityNumbers.containsIn(row.getNarrative())) {
                throw InvalidInputRefusal.atField("items[" + index + "].narrative", "report.error.personnummer", item.getLabel());
            }
            String before = describe(item);
            item.fill(row.getStatus(), row.getLight(), row.getNarrative());
            audit.changed(new AuditedItem(AuditItemType.REPORT_ITEM, kommunCode + ":" + item.getId(), item.getLabel()), "item",
                    before, describe(item));
            record(report.getPeriod(), linked.getOrDefault(item.getId(), List.of()), row.getIndicators());
        }
        return linked;
    }

    /**
     * Records the typed values of the item's linked indicators for the periods the report covers;
     * a cleared value is forgotten, a computed indicator is left alone. The indicator is stored
     * once: its own page and every later report show the same value.
     */
    private void record(ReportingPeriod period, List<Indicator> linked, List<ReportForm.IndicatorValue> typed) {
        Map<Long, Indicator> byId = linked.stream().collect(Collectors.toMap(Indicator::getId, Function.identity()));
        for (ReportForm.IndicatorValue value : typed) {
            Indicator indicator = byId.get(value.getIndicatorId());
            if (indicator == null || !indicator.getPeriodicity().periodsIn(period.code()).contains(value.getPeriod())) {
                throw new NotFoundRefusal("report.error.notFound");
            }
            if (indicator.isDerived()) {
                continue;
            }
            BigDecimal typedValue = value.getValue();
            BigDecimal before = indicator.valueFor(value.getPeriod()).orElse(null);
            boolean same = typedValue == null ? before == null : before != null && before.compareTo(typedValue) == 0;
            if (same) {
                continue;
            }
            if (typedValue == null) {
                indicator.forget(value.getPeriod());
            } else {
                indicator.record(value.getPeriod(), typedValue);
            }
            em.lock(indicator, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            audit.changed(new AuditedItem(AuditItemType.LOCAL_INDICATOR, kommunCode + ":" + indicator.getId(), indicator.getName()),
                    value.getPeriod(), before, typedValue);
        }
    }

    private static String describe(ReportItem item) {
        return item.getStatus() + " / " + item.getLight() + " / " + (item.getNarrative() == null ? "" : item.getNarrative());
    }

    /**
     * Adds to {@code report} an item for each per-kommun aktivitet of the regional plan's latest
     * version and each measure (and risk measure) of the kommun's fastställda local plans that it
     * does not have yet; items it has are left as they are. Refuses nothing.
     */
    void addMissing(ProgressReport report) {
        em.createNamedQuery(RegionalPlan.BY_REGION, RegionalPlan.class).setParameter("regionCode", RegionalPlanService.REGION_CODE)
                .getResultStream().findFirst().ifPresent(plan -> plan.latestVersion().getAreas().forEach(area -> area.getSubGoals()
                        .forEach(subGoal -> subGoal.getActivities().stream().filter(a -> a.isPerKommun()).forEach(a -> {
                            if (report.item(ItemType.REGIONAL_ACTIVITY, a.getItemKey()).isEmpty()) {
                                report.addItem(ItemType.REGIONAL_ACTIVITY, a.getItemKey(), "Delmål " + subGoal.getNumber()
                                        + ", aktivitet " + (a.getPosition() + 1) + ": " + a.getText());
                            }
                        }))));
        for (LocalPlan plan : em.createNamedQuery(LocalPlan.ALL, LocalPlan.class).getResultList()) {
            if (plan.getStatus() != LocalPlanStatus.ADOPTED) {
                continue;
            }
            plan.getMeasures().forEach(m -> {
                if (report.item(ItemType.LOCAL_MEASURE, String.valueOf(m.getId())).isEmpty()) {
                    report.addItem(ItemType.LOCAL_MEASURE, String.valueOf(m.getId()),
                            plan.getTitle() + ": åtgärd " + m.getNumber() + ", " + m.getTitle());
                }
            });
            plan.risks().forEach(r -> r.getMeasures().forEach(m -> {
                if (report.item(ItemType.RISK_MEASURE, String.valueOf(m.getId())).isEmpty()) {
                    report.addItem(ItemType.RISK_MEASURE, String.valueOf(m.getId()),
                            plan.getTitle() + ": risk " + r.getNumber() + ", " + m.getTitle());
                }
            }));
        }
    }
}
