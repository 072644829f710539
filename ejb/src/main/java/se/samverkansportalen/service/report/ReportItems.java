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
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.report.ItemType;
import se.samverkansportalen.domain.report.ProgressReport;
import se.samverkansportalen.domain.report.ReportItem;
import se.samverkansportalen.domain.report.ReportingPeriod;
import se.samverkansportalen.domain.validation.PersonalIdentityNumbers;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.plan.PlanInForce;
import se.samverkansportalen.service.plan.PlanOutline;

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
     * @throws ConflictRefusal {@code report.error.valueChanged} for an indicator value the user changed
     *         whose stored value is no longer the one the form was read with
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
            ReportItem item = row.getId() != 0 ? items.get(row.getId())
                    : row.getType() == null || row.getItemKey() == null ? null : report.item(row.getType(), row.getItemKey()).orElse(null);
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
     * once: its own page and every later report show the same value. A value the user did not
     * change (typed as it was read) is left alone, whatever it says now; a changed value whose
     * stored value is no longer the one read is refused as a conflict naming the other value, so a
     * form read before someone saved a value never deletes or overwrites it unseen.
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
            if (same(typedValue, value.getValueAsRead()) || same(typedValue, before)) {
                continue;
            }
            if (!same(before, value.getValueAsRead())) {
                throw ConflictRefusal.withCurrent(new ReportForm.ChangedValue(indicator.getId(), value.getPeriod(), before), null,
                        "report.error.valueChanged", indicator.getName(), value.getPeriod(), shown(before), shown(typedValue));
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

    /** A value as a message shows it: Swedish decimals, "–" for none. */
    private static String shown(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String describe(ReportItem item) {
        return item.getStatus() + " / " + item.getLight() + " / " + (item.getNarrative() == null ? "" : item.getNarrative());
    }

    /** An item a report does not hold yet: what it reports on and its label. */
    record NewItem(ReportSubmissions.ItemRef ref, String label) {
    }

    /**
     * The items a report lacks, in the order it gains them: one per per-kommun aktivitet of the
     * version of the regional plan that applies ({@link PlanInForce#applying}: the latest fastställd)
     * and per measure (and risk measure) of the kommun's fastställda local plans, leaving out the
     * example plans shown for demonstration ({@link LocalPlan#isExample}); all of them for a report
     * not started yet ({@code report} null).
     * Reads only. Refuses nothing.
     */
    List<NewItem> missing(ProgressReport report) {
        return missing(report, new KommunPlans(em));
    }

    /** As {@link #missing(ProgressReport)}, from the kommun's plans as read for the use case. */
    List<NewItem> missing(ProgressReport report, KommunPlans plans) {
        List<NewItem> missing = new java.util.ArrayList<>();
        java.util.function.BiConsumer<ReportSubmissions.ItemRef, String> unlessHeld = (ref, label) -> {
            if ((report == null || report.item(ref.type(), ref.key()).isEmpty()) && missing.stream().noneMatch(m -> m.ref().equals(ref))) {
                missing.add(new NewItem(ref, label));
            }
        };
        applyingActivityLabels().forEach((key, label) -> unlessHeld.accept(new ReportSubmissions.ItemRef(ItemType.REGIONAL_ACTIVITY, key), label));
        for (LocalPlan plan : plans.all()) {
            if (plan.getStatus() != LocalPlanStatus.ADOPTED || plan.isExample()) {
                continue;
            }
            plan.getMeasures().forEach(m -> unlessHeld.accept(new ReportSubmissions.ItemRef(ItemType.LOCAL_MEASURE, String.valueOf(m.getId())),
                    plan.getTitle() + ": åtgärd " + m.getNumber() + ", " + m.getTitle()));
            plan.risks().forEach(r -> r.getMeasures().forEach(m -> unlessHeld.accept(
                    new ReportSubmissions.ItemRef(ItemType.RISK_MEASURE, String.valueOf(m.getId())),
                    plan.getTitle() + ": risk " + r.getNumber() + ", " + m.getTitle())));
        }
        return missing;
    }

    /**
     * The per-kommun aktiviteter of the version of the regional plan that applies
     * ({@link PlanInForce#applying}), by item key, in plan order, each with its item label
     * ("Delmål 3.4, aktivitet 1: …"); empty while no plan is loaded.
     */
    private Map<String, String> applyingActivityLabels() {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        PlanOutline.applying(em).forEach(area -> area.subGoals().forEach(subGoal -> subGoal.activities().stream()
                .filter(PlanOutline.OutlineActivity::perKommun).forEach(a -> labels.put(a.itemKey(),
                        "Delmål " + subGoal.number() + ", aktivitet " + (a.position() + 1) + ": " + a.text()))));
        return labels;
    }

    /**
     * Adds to {@code report} the items it lacks (see {@link #missing}) and, while the report is open
     * to the kommun, puts its regional aktiviteter in the words of the plan that applies (a submitted
     * report keeps the words it was submitted with). Refuses nothing.
     */
    void addMissing(ProgressReport report) {
        if (report.getStatus().editableByKommun() && report.getPeriod().isOpen()) {
            Map<String, String> labels = applyingActivityLabels();
            report.getItems().stream().filter(i -> i.getType() == ItemType.REGIONAL_ACTIVITY && labels.containsKey(i.getItemKey())
                    && !labels.get(i.getItemKey()).equals(i.getLabel())).forEach(i -> i.relabel(labels.get(i.getItemKey())));
        }
        missing(report).forEach(item -> report.addItem(item.ref().type(), item.ref().key(), item.label()));
    }
}
