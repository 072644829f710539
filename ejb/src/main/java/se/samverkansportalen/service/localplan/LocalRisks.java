package se.samverkansportalen.service.localplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.domain.localplan.LocalGoal;
import se.samverkansportalen.domain.localplan.LocalPlan;
import se.samverkansportalen.domain.localplan.LocalPlanShape;
import se.samverkansportalen.domain.localplan.Periodicity;
import se.samverkansportalen.domain.localplan.Risk;
import se.samverkansportalen.domain.localplan.RiskAssessment;
import se.samverkansportalen.domain.localplan.RiskLevel;
import se.samverkansportalen.domain.localplan.RiskMeasure;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.tenant.TenantBinding;

/**
 * A kommun's editors keep the structure and follow-up of their kommun's risk-based plans: goals,
 * risks under a goal, measures against a risk and a risk's links to regional delmål; a risk's place
 * on the 4x4 matrix per period and a measure's traffic light. Each change answers the plan as it
 * is afterwards. Refused: goals and risks on a plan that is not risk-based, a risk number the plan
 * already has, a period that is neither a tertial nor a month, a cell outside the matrix, and a
 * link to a delmål the regional plan does not have. Every call is bound to the caller's kommun (by
 * the default interceptor {@link TenantBinding}); another kommun's plan, goal, risk or measure is
 * answered exactly like one that does not exist.
 */
@Stateless
@RolesAllowed(PortalRole.EDITOR)
public class LocalRisks {


    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    LocalPlanStore store;

    /** The plan whose goals and risks are edited, as its editors see it. */
    public LocalPlanView plan(long planId) {
        return store.view(planId);
    }

    /** Places a risk on the 4x4 matrix for a period (2020-T2 or 2020-05); a new assessment of the period replaces the old. */
    public LocalPlanView assessRisk(long planId, long riskId, @NotNull @Size(max = RiskAssessment.PERIOD_MAX) String period,
            @Min(1) @Max(RiskLevel.SCALE) int likelihood, @Min(1) @Max(RiskLevel.SCALE) int severity) {
        LocalPlan plan = store.findForChange(planId);
        Risk risk = risk(plan, riskId);
        String p = period == null ? "" : period.strip();
        if (!Periodicity.TERTIAL.accepts(p) && !Periodicity.MONTH.accepts(p)) {
            throw new InvalidInputRefusal("localplan.error.periodFormat", p, "2027-T1");
        }
        String before = risk.assessment(p).map(a -> a.isPlaced() ? a.getLikelihood() + "×" + a.getSeverity() + " " + a.getLevel()
                : String.valueOf(a.getLevel())).orElse(null);
        risk.assess(p, likelihood, severity);
        audit.changed(item(risk), "assessment " + p, before, likelihood + "×" + severity + " " + RiskLevel.of(likelihood, severity));
        em.flush();
        return store.view(planId);
    }

    /** Sets a risk measure's traffic light (null: not assessed). */
    public LocalPlanView setMeasureStatus(long planId, long riskMeasureId, TrafficLight status) {
        LocalPlan plan = store.findForChange(planId);
        RiskMeasure measure = plan.risks().stream().flatMap(r -> r.getMeasures().stream())
                .filter(m -> m.getId() == riskMeasureId).findFirst().orElseThrow(LocalPlanStore::notFound);
        TrafficLight before = measure.getStatus();
        measure.setStatus(status);
        audit.changed(item(measure), "status", before, status);
        em.flush();
        return store.view(planId);
    }

    /** Adds a goal to a risk-based plan. */
    public LocalPlanView addGoal(long planId, @NotBlank @Size(max = LocalGoal.TITLE_MAX) @PlainText @NoPersonalData String title,
            @Size(max = LocalGoal.TEXT_MAX) @PlainText @NoPersonalData String focusArea) {
        LocalPlan plan = riskBased(planId);
        LocalGoal goal = plan.addGoal(title.strip(), focusArea);
        em.flush();
        audit.created(item(goal), goal.getTitle());
        return store.view(planId);
    }

    /** Adds a risk under a goal of a risk-based plan; its number is unique in the plan. */
    public LocalPlanView addRisk(long planId, long goalId, @NotBlank @Size(max = Risk.NUMBER_MAX) String number,
            @Size(max = Risk.TITLE_MAX) @PlainText @NoPersonalData String qualityArea,
            @NotBlank @Size(max = Risk.TITLE_MAX) @PlainText @NoPersonalData String title,
            @Size(max = Risk.TEXT_MAX) @PlainText @NoPersonalData String description) {
        LocalPlan plan = riskBased(planId);
        LocalGoal goal = plan.getGoals().stream().filter(g -> g.getId() == goalId).findFirst().orElseThrow(LocalPlanStore::notFound);
        if (plan.risks().stream().anyMatch(r -> r.getNumber().equals(number.strip()))) {
            throw new InvalidInputRefusal("localplan.error.riskNumberTaken", number.strip());
        }
        Risk risk = goal.addRisk(number.strip(), qualityArea, title.strip(), description);
        em.flush();
        audit.created(item(risk), risk.getTitle());
        return store.view(planId);
    }

    /**
     * Changes a goal's title and focus area. Refused as a conflict ({@code localplan.error.changed})
     * when someone saved the goal after it was read at {@code lockVersion}.
     */
    public LocalPlanView reviseGoal(long planId, long goalId, int lockVersion,
            @NotBlank @Size(max = LocalGoal.TITLE_MAX) @PlainText @NoPersonalData String title,
            @Size(max = LocalGoal.TEXT_MAX) @PlainText @NoPersonalData String focusArea) {
        LocalGoal goal = goal(riskBased(planId), goalId);
        LocalPlanStore.requireUnchanged(goal.getLockVersion(), lockVersion);
        AuditedItem item = item(goal);
        String titleBefore = goal.getTitle();
        String focusBefore = goal.getFocusArea();
        goal.revise(title.strip(), blankToNull(focusArea));
        audit.changed(item, "title", titleBefore, goal.getTitle());
        audit.changed(item, "focusArea", focusBefore, goal.getFocusArea());
        em.flush();
        return store.view(planId);
    }

    /**
     * Removes a goal. Refused ({@code localplan.error.goalHasRisks}) while it holds risks: they are
     * removed one by one first, so that no risk's measures and assessments go with a single click.
     */
    public LocalPlanView removeGoal(long planId, long goalId) {
        LocalPlan plan = riskBased(planId);
        LocalGoal goal = goal(plan, goalId);
        if (!goal.getRisks().isEmpty()) {
            throw new InvalidInputRefusal("localplan.error.goalHasRisks", goal.getTitle());
        }
        audit.deleted(item(goal), goal.getTitle());
        plan.removeGoal(goal);
        em.flush();
        return store.view(planId);
    }

    /**
     * Changes a risk's number, quality area, title and description. Refused: a number another risk
     * of the plan has ({@code localplan.error.riskNumberTaken}); a conflict ({@code
     * localplan.error.changed}) when someone saved the risk after it was read at {@code lockVersion}.
     */
    public LocalPlanView reviseRisk(long planId, long riskId, int lockVersion,
            @NotBlank @Size(max = Risk.NUMBER_MAX) String number,
            @Size(max = Risk.TITLE_MAX) @PlainText @NoPersonalData String qualityArea,
            @NotBlank @Size(max = Risk.TITLE_MAX) @PlainText @NoPersonalData String title,
            @Size(max = Risk.TEXT_MAX) @PlainText @NoPersonalData String description) {
        LocalPlan plan = riskBased(planId);
        Risk risk = risk(plan, riskId);
        LocalPlanStore.requireUnchanged(risk.getLockVersion(), lockVersion);
        if (plan.risks().stream().anyMatch(r -> r != risk && r.getNumber().equals(number.strip()))) {
            throw new InvalidInputRefusal("localplan.error.riskNumberTaken", number.strip());
        }
        AuditedItem item = item(risk);
        String before = describe(risk);
        risk.revise(number.strip(), blankToNull(qualityArea), title.strip(), blankToNull(description));
        audit.changed(item, "risk", before, describe(risk));
        em.flush();
        return store.view(planId);
    }

    /**
     * Removes a risk with its measures, its assessments on the matrix and its links to delmål. Its
     * indicators and their values are kept as indicators of the plan as a whole; a report that
     * followed up its measures keeps them under the words they had.
     */
    public LocalPlanView removeRisk(long planId, long riskId) {
        LocalPlan plan = riskBased(planId);
        Risk risk = risk(plan, riskId);
        plan.getIndicators().stream().filter(i -> i.getRisk() == risk).forEach(i -> {
            i.detachFromRisk();
            audit.changed(new AuditedItem(AuditItemType.LOCAL_INDICATOR, store.kommunCode() + ":" + i.getId(), i.getName()),
                    "risk", risk.getNumber(), null);
        });
        audit.deleted(item(risk), describe(risk));
        risk.getGoal().removeRisk(risk);
        em.flush();
        return store.view(planId);
    }

    /** Adds a measure against a risk (its traffic light is set when it is followed up). */
    public LocalPlanView addRiskMeasure(long planId, long riskId, @NotBlank @Size(max = RiskMeasure.TITLE_MAX) @PlainText @NoPersonalData String title,
            @Size(max = RiskMeasure.TEXT_MAX) @PlainText @NoPersonalData String description) {
        Risk risk = risk(store.findForChange(planId), riskId);
        RiskMeasure measure = risk.addMeasure(title.strip(), description, null);
        em.flush();
        audit.created(item(measure), measure.getTitle());
        return store.view(planId);
    }

    /** Links a risk to exactly these regional delmål (item keys). */
    public LocalPlanView linkRisk(long planId, long riskId, @NotNull List<@NotNull String> subGoalItemKeys) {
        Risk risk = risk(store.findForChange(planId), riskId);
        store.requireKnownSubGoals(subGoalItemKeys);
        String before = String.join(", ", risk.getLinkedSubGoals());
        risk.linkTo(subGoalItemKeys);
        audit.changed(item(risk), "linkedSubGoals", before, String.join(", ", risk.getLinkedSubGoals()));
        em.flush();
        return store.view(planId);
    }

    private LocalPlan riskBased(long planId) {
        LocalPlan plan = store.findForChange(planId);
        if (plan.getShape() != LocalPlanShape.RISK_BASED) {
            throw new InvalidInputRefusal("localplan.error.notRiskBased");
        }
        return plan;
    }

    private static Risk risk(LocalPlan plan, long riskId) {
        return plan.risks().stream().filter(r -> r.getId() == riskId).findFirst().orElseThrow(LocalPlanStore::notFound);
    }

    private static LocalGoal goal(LocalPlan plan, long goalId) {
        return plan.getGoals().stream().filter(g -> g.getId() == goalId).findFirst().orElseThrow(LocalPlanStore::notFound);
    }

    private static String describe(Risk risk) {
        return risk.getNumber() + " " + risk.getTitle() + " | Kvalitetsområde: " + nullToEmpty(risk.getQualityArea())
                + " | Beskrivning: " + nullToEmpty(risk.getDescription());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private AuditedItem item(LocalGoal goal) {
        return new AuditedItem(AuditItemType.LOCAL_GOAL, store.kommunCode() + ":" + goal.getId(), goal.getTitle());
    }

    private AuditedItem item(Risk risk) {
        return new AuditedItem(AuditItemType.LOCAL_RISK, store.kommunCode() + ":" + risk.getId(), risk.getNumber());
    }

    private AuditedItem item(RiskMeasure measure) {
        return new AuditedItem(AuditItemType.LOCAL_RISK_MEASURE, store.kommunCode() + ":" + measure.getId(), measure.getTitle());
    }
}
