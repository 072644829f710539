package se.samverkansportalen.service.localplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkansportalen.domain.localplan.RiskAssessment;
import se.samverkansportalen.domain.validation.NoPersonalData;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import se.samverkansportalen.domain.localplan.DuplicateMeasureNumberException;
import se.samverkansportalen.domain.localplan.Indicator;
import se.samverkansportalen.domain.localplan.LocalGoal;
import se.samverkansportalen.domain.localplan.LocalMeasure;
import se.samverkansportalen.domain.localplan.LocalPlan;
import se.samverkansportalen.domain.localplan.LocalPlanShape;
import se.samverkansportalen.domain.localplan.Periodicity;
import se.samverkansportalen.domain.localplan.Risk;
import se.samverkansportalen.domain.localplan.RiskLevel;
import se.samverkansportalen.domain.localplan.RiskMeasure;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.identity.CurrentUser;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.tenant.KommunDirectory;
import se.samverkansportalen.service.tenant.TenantBinding;

/**
 * A kommun's editors keep their kommun's local plans. Every call is bound to the caller's kommun
 * (from the login token, by the default interceptor {@link TenantBinding}); another kommun's plan is never seen, and
 * asking for it is answered exactly as asking for a plan that does not exist.
 */
@Stateless
@RolesAllowed(PortalRole.EDITOR)
public class LocalPlans {

    static final String LOCAL_PLAN = "LOCAL_PLAN";
    static final String LOCAL_MEASURE = "LOCAL_MEASURE";

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    KommunDirectory kommuner;

    @EJB
    RegionalPlanService regionalPlan;

    @Inject
    CurrentUser user;

    /** The caller's kommun's plans, newest decision first. */
    public List<LocalPlanSummary> ours() {
        String name = kommunName();
        return em.createNamedQuery(LocalPlan.ALL, LocalPlan.class).getResultList().stream()
                .map(p -> LocalPlanViews.summary(p, kommunCode(), name)).toList();
    }

    public LocalPlanView plan(long id) {
        return LocalPlanViews.view(find(id), kommunCode(), kommunName(), regionalPlan.subGoalNumbers(), true);
    }

    public LocalPlanForm planForm(long id) {
        return LocalPlanForm.of(plan(id));
    }

    /** Creates a plan for the caller's kommun, or saves its details when the form has an id. */
    public LocalPlanView savePlan(@NotNull @Valid LocalPlanForm input) {
        LocalPlan plan;
        if (input.isNew()) {
            plan = new LocalPlan(input.getShape(), input.getTitle());
            describe(plan, input);
            em.persist(plan);
            em.flush();
            audit.created(item(plan), plan.getTitle());
        } else {
            plan = find(input.getId());
            requireUnchanged(plan.getLockVersion(), input.getLockVersion());
            AuditedItem item = item(plan);
            String oldTitle = plan.getTitle();
            String oldStatus = plan.getStatus().name();
            Long oldBudget = plan.getBudgetSek();
            String oldDecision = decision(plan);
            describe(plan, input);
            audit.changed(item, "title", oldTitle, plan.getTitle());
            audit.changed(item, "status", oldStatus, plan.getStatus().name());
            audit.changed(item, "budgetSek", oldBudget, plan.getBudgetSek());
            audit.changed(item, "decision", oldDecision, decision(plan));
            em.flush();
        }
        return plan(plan.getId());
    }

    /**
     * Imports a local plan from a JSON file of the seed shape into the caller's kommun. All or
     * nothing: the whole file is checked first, and a problem anywhere stores nothing and names
     * where in the file it is. A plan from another kommun's file is labelled with its source.
     */
    public LocalPlanView importPlan(byte[] file) {
        LocalPlanFile.Contents contents = LocalPlanFile.read(file);
        boolean foreign = contents.sourceKommun() != null && !contents.sourceKommun().equalsIgnoreCase(kommunName());
        LocalPlan plan = contents.toPlan(foreign);
        em.persist(plan);
        em.flush();
        audit.created(item(plan), plan.getTitle() + " (importerad från fil, " + plan.getMeasures().size() + " åtgärder)");
        return plan(plan.getId());
    }

    /** Removes a plan with its measures (the page has asked for confirmation first). */
    public void removePlan(long id) {
        LocalPlan plan = find(id);
        audit.deleted(item(plan), plan.getTitle());
        em.remove(plan);
        em.flush();
    }

    /** A measure of a plan for its edit form, or an empty form for a new measure when id is null. */
    public MeasureForm measureForm(long planId, Long measureId) {
        LocalPlanView plan = plan(planId);
        if (measureId == null) {
            return new MeasureForm(planId);
        }
        return plan.measures().stream().filter(m -> m.id() == measureId).findFirst()
                .map(m -> MeasureForm.of(planId, m)).orElseThrow(LocalPlans::notFound);
    }

    /** Adds a measure (numbered after the last unless a free number is given) or saves one. */
    public LocalPlanView saveMeasure(@NotNull @Valid MeasureForm input) {
        requireKnownSubGoals(input.getSubGoalItemKeys());
        LocalPlan plan = find(input.getPlanId());
        try {
            if (input.isNew()) {
                LocalMeasure measure = plan.addMeasure(input.getNumber(), input.getTitle());
                measure.revise(measure.getNumber(), input.getTitle(), input.getHow(), input.getResult(),
                        input.getDueOn(), input.getCostSek());
                measure.linkTo(input.getSubGoalItemKeys());
                em.flush();
                audit.created(item(measure), measure.getNumber() + ". " + measure.getTitle());
            } else {
                LocalMeasure measure = measure(plan, input.getId());
                requireUnchanged(measure.getLockVersion(), input.getLockVersion());
                AuditedItem item = item(measure);
                String before = describe(measure);
                String linksBefore = String.join(", ", measure.getLinkedSubGoals());
                measure.revise(input.getNumber() == null ? measure.getNumber() : input.getNumber(), input.getTitle(),
                        input.getHow(), input.getResult(), input.getDueOn(), input.getCostSek());
                measure.linkTo(input.getSubGoalItemKeys());
                audit.changed(item, "measure", before, describe(measure));
                audit.changed(item, "linkedSubGoals", linksBefore, String.join(", ", measure.getLinkedSubGoals()));
                em.flush();
            }
        } catch (DuplicateMeasureNumberException e) {
            throw new InvalidInputRefusal("localplan.error.duplicateNumber", String.valueOf(e.getNumber()));
        }
        return plan(plan.getId());
    }

    public LocalPlanView removeMeasure(long planId, long measureId) {
        LocalPlan plan = find(planId);
        LocalMeasure measure = measure(plan, measureId);
        audit.deleted(item(measure), measure.getNumber() + ". " + measure.getTitle());
        plan.removeMeasure(measure);
        em.flush();
        return plan(planId);
    }

    /** An indicator of a plan for its edit form, or an empty form for a new one when id is null. */
    public IndicatorForm indicatorForm(long planId, Long indicatorId) {
        LocalPlan plan = find(planId);
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
                java.math.BigDecimal value = i.valueFor(period).orElse(null);
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
        LocalPlan plan = find(input.getPlanId());
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
        java.util.Map<String, java.math.BigDecimal> values = new java.util.LinkedHashMap<>();
        java.util.Set<String> missing = new java.util.HashSet<>();
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
        Indicator indicator;
        if (input.isNew()) {
            indicator = plan.addIndicator(null, input.getName().strip(), input.getUnit(), input.getPeriodicity());
        } else {
            indicator = indicator(plan, input.getId());
            if (indicator.getLockVersion() != input.getLockVersion()) {
                throw new ConflictRefusal("localplan.error.changed");
            }
            em.lock(indicator, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        String before = input.isNew() ? null : readings(indicator);
        indicator.describe(input.getDirection(), input.getBaseline(), input.getTarget(), input.getNote());
        if (ratio) {
            indicator.deriveFrom(numerator, denominator);
        } else {
            java.util.Set<String> keep = new java.util.HashSet<>(values.keySet());
            keep.addAll(missing);
            indicator.periods().stream().filter(p -> !keep.contains(p)).toList().forEach(indicator::forget);
            values.forEach(indicator::record);
            missing.forEach(p -> indicator.record(p, null));
        }
        em.flush();
        AuditedItem item = new AuditedItem("LOCAL_INDICATOR", kommunCode() + ":" + indicator.getId(),
                "Indikator " + indicator.getName());
        if (before == null) {
            audit.created(item, indicator.getName());
        }
        audit.changed(item, "values", before, readings(indicator));
        return plan(plan.getId());
    }

    private static String readings(Indicator indicator) {
        return String.join("; ", indicator.periods().stream()
                .map(p -> p + ": " + indicator.valueFor(p).map(java.math.BigDecimal::toPlainString).orElse("uppgift saknas"))
                .toList());
    }

    /** Removes an indicator; refused while a ratio counts on it. */
    public LocalPlanView removeIndicator(long planId, long indicatorId) {
        LocalPlan plan = find(planId);
        Indicator indicator = indicator(plan, indicatorId);
        if (plan.getIndicators().stream().anyMatch(i -> i.isDerived()
                && (i.getNumerator() == indicator || i.getDenominator() == indicator))) {
            throw new InvalidInputRefusal("localplan.error.indicatorInRatio", indicator.getName());
        }
        audit.deleted(new AuditedItem("LOCAL_INDICATOR", kommunCode() + ":" + indicator.getId(),
                "Indikator " + indicator.getName()), indicator.getName());
        plan.removeIndicator(indicator);
        em.flush();
        return plan(planId);
    }

    /** Places a risk on the 4x4 matrix for a period (2020-T2 or 2020-05); a new assessment of the period replaces the old. */
    public LocalPlanView assessRisk(long planId, long riskId, @NotNull @Size(max = RiskAssessment.PERIOD_MAX) String period,
            @Min(1) @Max(RiskLevel.SCALE) int likelihood, @Min(1) @Max(RiskLevel.SCALE) int severity) {
        LocalPlan plan = find(planId);
        Risk risk = risk(plan, riskId);
        String p = period == null ? "" : period.strip();
        if (!Periodicity.TERTIAL.accepts(p) && !Periodicity.MONTH.accepts(p)) {
            throw new InvalidInputRefusal("localplan.error.periodFormat", p, "2027-T1");
        }
        String before = risk.assessment(p).map(a -> a.isPlaced() ? a.getLikelihood() + "×" + a.getSeverity() + " " + a.getLevel()
                : String.valueOf(a.getLevel())).orElse(null);
        risk.assess(p, likelihood, severity);
        audit.changed(new AuditedItem("LOCAL_RISK", kommunCode() + ":" + risk.getId(), "Risk " + risk.getNumber()),
                "assessment " + p, before, likelihood + "×" + severity + " " + RiskLevel.of(likelihood, severity));
        em.flush();
        return plan(planId);
    }

    /** Sets a risk measure's traffic light (null: not assessed). */
    public LocalPlanView setMeasureStatus(long planId, long riskMeasureId, TrafficLight status) {
        LocalPlan plan = find(planId);
        RiskMeasure measure = plan.risks().stream().flatMap(r -> r.getMeasures().stream())
                .filter(m -> m.getId() == riskMeasureId).findFirst().orElseThrow(LocalPlans::notFound);
        TrafficLight before = measure.getStatus();
        measure.setStatus(status);
        audit.changed(new AuditedItem("LOCAL_RISK_MEASURE", kommunCode() + ":" + measure.getId(),
                "Åtgärd " + measure.getTitle()), "status", before, status);
        em.flush();
        return plan(planId);
    }

    /** Adds a goal to a risk-based plan. */
    public LocalPlanView addGoal(long planId, @NotBlank @Size(max = LocalGoal.TITLE_MAX) @NoPersonalData String title,
            @Size(max = LocalGoal.TEXT_MAX) @NoPersonalData String focusArea) {
        LocalPlan plan = riskBased(planId);
        LocalGoal goal = plan.addGoal(title.strip(), focusArea);
        em.flush();
        audit.created(new AuditedItem("LOCAL_GOAL", kommunCode() + ":" + goal.getId(), "Mål " + goal.getTitle()), goal.getTitle());
        return plan(planId);
    }

    /** Adds a risk under a goal of a risk-based plan; its number is unique in the plan. */
    public LocalPlanView addRisk(long planId, long goalId, @NotBlank @Size(max = Risk.NUMBER_MAX) String number,
            @Size(max = Risk.TITLE_MAX) @NoPersonalData String qualityArea,
            @NotBlank @Size(max = Risk.TITLE_MAX) @NoPersonalData String title,
            @Size(max = Risk.TEXT_MAX) @NoPersonalData String description) {
        LocalPlan plan = riskBased(planId);
        LocalGoal goal = plan.getGoals().stream().filter(g -> g.getId() == goalId).findFirst().orElseThrow(LocalPlans::notFound);
        if (plan.risks().stream().anyMatch(r -> r.getNumber().equals(number.strip()))) {
            throw new InvalidInputRefusal("localplan.error.riskNumberTaken", number.strip());
        }
        Risk risk = goal.addRisk(number.strip(), qualityArea, title.strip(), description);
        em.flush();
        audit.created(new AuditedItem("LOCAL_RISK", kommunCode() + ":" + risk.getId(), "Risk " + risk.getNumber()), risk.getTitle());
        return plan(planId);
    }

    /** Adds a measure against a risk (its traffic light is set when it is followed up). */
    public LocalPlanView addRiskMeasure(long planId, long riskId, @NotBlank @Size(max = RiskMeasure.TITLE_MAX) @NoPersonalData String title,
            @Size(max = RiskMeasure.TEXT_MAX) @NoPersonalData String description) {
        Risk risk = risk(find(planId), riskId);
        RiskMeasure measure = risk.addMeasure(title.strip(), description, null);
        em.flush();
        audit.created(new AuditedItem("LOCAL_RISK_MEASURE", kommunCode() + ":" + measure.getId(), "Åtgärd " + measure.getTitle()),
                measure.getTitle());
        return plan(planId);
    }

    /** Links a risk to exactly these regional delmål (item keys). */
    public LocalPlanView linkRisk(long planId, long riskId, @NotNull List<@NotNull String> subGoalItemKeys) {
        Risk risk = risk(find(planId), riskId);
        requireKnownSubGoals(subGoalItemKeys);
        String before = String.join(", ", risk.getLinkedSubGoals());
        risk.linkTo(subGoalItemKeys);
        audit.changed(new AuditedItem("LOCAL_RISK", kommunCode() + ":" + risk.getId(), "Risk " + risk.getNumber()),
                "linkedSubGoals", before, String.join(", ", risk.getLinkedSubGoals()));
        em.flush();
        return plan(planId);
    }

    private LocalPlan riskBased(long planId) {
        LocalPlan plan = find(planId);
        if (plan.getShape() != LocalPlanShape.RISK_BASED) {
            throw new InvalidInputRefusal("localplan.error.notRiskBased");
        }
        return plan;
    }

    private static Risk risk(LocalPlan plan, long riskId) {
        return plan.risks().stream().filter(r -> r.getId() == riskId).findFirst().orElseThrow(LocalPlans::notFound);
    }

    private static Indicator indicator(LocalPlan plan, long id) {
        return plan.getIndicators().stream().filter(i -> i.getId() == id).findFirst().orElseThrow(LocalPlans::notFound);
    }

    private LocalPlan find(long id) {
        return em.createNamedQuery(LocalPlan.BY_ID, LocalPlan.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(LocalPlans::notFound);
    }

    private static LocalMeasure measure(LocalPlan plan, long id) {
        return plan.getMeasures().stream().filter(m -> m.getId() == id).findFirst().orElseThrow(LocalPlans::notFound);
    }

    /** The same answer for "not yours" and "does not exist": no probing of other kommuner's ids. */
    private static NotFoundRefusal notFound() {
        return new NotFoundRefusal("localplan.error.notFound");
    }

    private static void requireUnchanged(int current, int opened) {
        if (current != opened) {
            throw new ConflictRefusal("localplan.error.changed");
        }
    }

    private static void describe(LocalPlan plan, LocalPlanForm input) {
        plan.describe(input.getTitle(), input.getRegistrationNumber(), input.getDecidedOn(), input.getDecidedBy(),
                input.getStatus(), input.getBudgetSek(), lines(input.getObjectives()), lines(input.getFocusAreas()));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).toList();
    }

    private static String decision(LocalPlan plan) {
        return String.join(", ", java.util.stream.Stream.of(
                plan.getRegistrationNumber(), plan.getDecidedOn() == null ? null : plan.getDecidedOn().toString(),
                plan.getDecidedBy()).filter(java.util.Objects::nonNull).toList());
    }

    private static String describe(LocalMeasure m) {
        return m.getNumber() + ". " + m.getTitle() + " | Hur: " + nullToEmpty(m.getHow()) + " | Resultat: "
                + nullToEmpty(m.getResult()) + " | När: " + (m.getDueOn() == null ? "" : m.getDueOn())
                + " | Kostnad: " + (m.getCostSek() == null ? "" : m.getCostSek());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Refuses links to delmål the regional plan does not have. */
    private void requireKnownSubGoals(List<String> subGoalItemKeys) {
        Map<String, String> known = regionalPlan.subGoalNumbers();
        if (subGoalItemKeys.stream().anyMatch(k -> !known.containsKey(k))) {
            throw InvalidInputRefusal.atField("subGoalItemKeys", "localplan.error.unknownSubGoal");
        }
    }

    /** The caller's kommun (a row just written does not read its tenant column back until reloaded). */
    private String kommunCode() {
        return user.getKommunCode().orElseThrow(LocalPlans::notFound);
    }

    private String kommunName() {
        return user.getKommunCode().flatMap(kommuner::find).map(Kommun::getName).orElse("");
    }

    private AuditedItem item(LocalPlan plan) {
        return new AuditedItem(LOCAL_PLAN, kommunCode() + ":" + plan.getId(), "Lokal plan " + plan.getTitle());
    }

    private AuditedItem item(LocalMeasure measure) {
        return new AuditedItem(LOCAL_MEASURE, kommunCode() + ":" + measure.getId(),
                "Åtgärd " + measure.getNumber() + " i " + measure.getPlan().getTitle());
    }
}
