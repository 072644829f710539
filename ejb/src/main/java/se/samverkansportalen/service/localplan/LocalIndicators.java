package se.samverkansportalen.service.localplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.domain.localplan.Indicator;
import se.samverkansportalen.domain.localplan.LocalPlan;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.tenant.TenantBinding;

/**
 * A kommun's editors keep the indicators of their kommun's local plans: they add and describe an
 * indicator, type its values period by period ("uppgift saknas" is stored as missing, never 0),
 * make one the ratio of two others (computed, never typed) and remove one; each change answers the
 * plan as it is afterwards; a save renames the indicator, and changes its unit and periodicity
 * while it has no values. Refused: a unit or periodicity change once values are typed, a value
 * with more than two decimals (never rounded) or below 0 for a count, a share or days, a period not of the indicator's periodicity or typed twice, a
 * value together with the missing mark, a ratio with one part, the same part twice or that would
 * depend on itself, removing an indicator a ratio counts on, and a change to an indicator someone
 * else saved first. Every call is bound to the caller's kommun (by the default interceptor
 * {@link TenantBinding}); another kommun's plan or indicator is answered exactly like one that
 * does not exist.
 */
@Stateless
@RolesAllowed(PortalRole.EDITOR)
public class LocalIndicators {


    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    LocalPlanStore store;

    /** The plan whose indicators are edited, as its editors see it. */
    public LocalPlanView plan(long planId) {
        return store.view(planId);
    }

    /** An indicator of a plan for its edit form, or an empty form for a new one when id is null. */
    public IndicatorForm indicatorForm(long planId, Long indicatorId) {
        LocalPlan plan = store.find(planId);
        IndicatorForm form = new IndicatorForm(planId);
        if (indicatorId == null) {
            return form;
        }
        Indicator i = indicator(plan, indicatorId);
        form.setId(i.getId());
        form.setLockVersion(i.getLockVersion());
        form.setName(i.getName());
        form.setUnit(i.getUnit());
        form.setDirection(i.getDirection());
        form.setBaseline(i.getBaseline());
        form.setTarget(i.getTarget());
        form.setPeriodicity(i.getPeriodicity());
        form.setNote(i.getNote());
        form.setDerived(i.isDerived());
        if (i.isDerived()) {
            form.setNumeratorId(i.getNumerator().getId());
            form.setDenominatorId(i.getDenominator().getId());
        } else {
            form.setRows(i.periods().stream().map(period -> {
                BigDecimal value = i.valueFor(period).orElse(null);
                return new IndicatorForm.Row(period, value, value == null);
            }).toList());
        }
        return form;
    }

    /**
     * Adds an indicator or saves one: its description and, for a typed indicator, its values per
     * period (a row marked missing is stored as missing, never 0; an empty row is taken away).
     * With both parts named the indicator is their ratio, computed and never typed.
     */
    public LocalPlanView saveIndicator(@NotNull @Valid IndicatorForm input) {
        LocalPlan plan = store.findForChange(input.getPlanId());
        boolean ratio = input.getNumeratorId() != null || input.getDenominatorId() != null;
        Indicator numerator = null;
        Indicator denominator = null;
        if (ratio) {
            if (input.getNumeratorId() == null || input.getDenominatorId() == null
                    || input.getNumeratorId().equals(input.getDenominatorId())
                    || input.getNumeratorId().equals(input.getId()) || input.getDenominatorId().equals(input.getId())) {
                throw new InvalidInputRefusal("localplan.error.ratioParts");
            }
            numerator = indicator(plan, input.getNumeratorId());
            denominator = indicator(plan, input.getDenominatorId());
        }
        // An existing indicator is renamed and its unit and periodicity changed first: a periodicity
        // fixed by its values is refused as such, not as rows "of the wrong period".
        Indicator existing = null;
        String before = null;
        if (!input.isNew()) {
            existing = indicator(plan, input.getId());
            if (existing.getLockVersion() != input.getLockVersion()) {
                throw ConflictRefusal.withCurrent(indicatorForm(plan.getId(), existing.getId()), null, "localplan.error.indicatorChanged");
            }
            em.lock(existing, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            before = readings(existing);
            describeAnew(existing, input, ratio);
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Set<String> missing = new HashSet<>();
        if (!ratio) {
            for (IndicatorForm.Row row : input.getRows()) {
                String period = row.getPeriod() == null ? "" : row.getPeriod().strip();
                boolean empty = row.getValue() == null && !row.isMissing();
                if (period.isEmpty() && empty) {
                    continue;
                }
                if (!input.getPeriodicity().accepts(period)) {
                    throw new InvalidInputRefusal("localplan.error.periodFormat", period,
                            switch (input.getPeriodicity()) { case MONTH -> "2027-03"; case TERTIAL -> "2027-T1"; case YEAR -> "2027"; });
                }
                if (values.containsKey(period) || missing.contains(period)) {
                    throw new InvalidInputRefusal("localplan.error.periodTwice", period);
                }
                if (row.isMissing() && row.getValue() != null) {
                    throw new InvalidInputRefusal("localplan.error.valueAndMissing", period);
                }
                if (row.isMissing()) {
                    missing.add(period);
                } else if (!empty) {
                    values.put(period, row.getValue());
                }
            }
        }
        Indicator indicator = input.isNew()
                ? plan.addIndicator(null, input.getName().strip(), input.getUnit(), input.getPeriodicity())
                : existing;
        indicator.describe(input.getDirection(), input.getBaseline(), input.getTarget(), input.getNote());
        if (ratio) {
            indicator.deriveFrom(numerator, denominator);
        } else {
            Set<String> keep = new HashSet<>(values.keySet());
            keep.addAll(missing);
            indicator.periods().stream().filter(p -> !keep.contains(p)).toList().forEach(indicator::forget);
            values.forEach(indicator::record);
            missing.forEach(p -> indicator.record(p, null));
        }
        em.flush();
        AuditedItem item = item(indicator);
        if (before == null) {
            audit.created(item, indicator.getName());
        }
        audit.changed(item, "values", before, readings(indicator));
        return store.view(plan.getId());
    }

    /**
     * Renames an existing indicator and changes its unit (not for a ratio, always in percent) and
     * periodicity as the form says, each change audited. The unit and the periodicity are fixed
     * once values are typed (refused by {@link Indicator#changeUnit} and
     * {@link Indicator#changePeriodicity}, never silently kept).
     */
    private void describeAnew(Indicator indicator, IndicatorForm input, boolean ratio) {
        AuditedItem item = item(indicator);
        String name = input.getName().strip();
        if (!name.equals(indicator.getName())) {
            String old = indicator.getName();
            indicator.rename(name);
            audit.changed(item, "name", old, name);
        }
        if (!ratio && input.getUnit() != indicator.getUnit()) {
            Object old = indicator.getUnit();
            indicator.changeUnit(input.getUnit());
            audit.changed(item, "unit", old, indicator.getUnit());
        }
        if (input.getPeriodicity() != indicator.getPeriodicity()) {
            Object old = indicator.getPeriodicity();
            indicator.changePeriodicity(input.getPeriodicity());
            audit.changed(item, "periodicity", old, indicator.getPeriodicity());
        }
    }

    /** Removes an indicator; refused while a ratio counts on it. */
    public LocalPlanView removeIndicator(long planId, long indicatorId) {
        LocalPlan plan = store.findForChange(planId);
        Indicator indicator = indicator(plan, indicatorId);
        if (plan.getIndicators().stream().anyMatch(i -> i.isDerived()
                && (i.getNumerator() == indicator || i.getDenominator() == indicator))) {
            throw new InvalidInputRefusal("localplan.error.indicatorInRatio", indicator.getName());
        }
        audit.deleted(item(indicator), indicator.getName());
        plan.removeIndicator(indicator);
        em.flush();
        return store.view(planId);
    }

    private static String readings(Indicator indicator) {
        return String.join("; ", indicator.periods().stream()
                .map(p -> p + ": " + indicator.valueFor(p).map(BigDecimal::toPlainString).orElse("uppgift saknas"))
                .toList());
    }

    private static Indicator indicator(LocalPlan plan, long id) {
        return plan.getIndicators().stream().filter(i -> i.getId() == id).findFirst().orElseThrow(LocalPlanStore::notFound);
    }

    private AuditedItem item(Indicator indicator) {
        return new AuditedItem(AuditItemType.LOCAL_INDICATOR, store.kommunCode() + ":" + indicator.getId(), indicator.getName());
    }
}
