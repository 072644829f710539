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
        LocalPlan plan = store.find(planId);
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
        LocalPlan plan = store.find(planId);
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
        audit.created(new AuditedItem(AuditItemType.LOCAL_GOAL, store.kommunCode() + ":" + goal.getId(), goal.getTitle()), goal.getTitle());
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

    /** Adds a measure against a risk (its traffic light is set when it is followed up). */
    public LocalPlanView addRiskMeasure(long planId, long riskId, @NotBlank @Size(max = RiskMeasure.TITLE_MAX) @PlainText @NoPersonalData String title,
            @Size(max = RiskMeasure.TEXT_MAX) @PlainText @NoPersonalData String description) {
        Risk risk = risk(store.find(planId), riskId);
        RiskMeasure measure = risk.addMeasure(title.strip(), description, null);
        em.flush();
        audit.created(item(measure), measure.getTitle());
        return store.view(planId);
    }

    /** Links a risk to exactly these regional delmål (item keys). */
    public LocalPlanView linkRisk(long planId, long riskId, @NotNull List<@NotNull String> subGoalItemKeys) {
        Risk risk = risk(store.find(planId), riskId);
        store.requireKnownSubGoals(subGoalItemKeys);
        String before = String.join(", ", risk.getLinkedSubGoals());
        risk.linkTo(subGoalItemKeys);
        audit.changed(item(risk), "linkedSubGoals", before, String.join(", ", risk.getLinkedSubGoals()));
        em.flush();
        return store.view(planId);
    }

    private LocalPlan riskBased(long planId) {
        LocalPlan plan = store.find(planId);
        if (plan.getShape() != LocalPlanShape.RISK_BASED) {
            throw new InvalidInputRefusal("localplan.error.notRiskBased");
        }
        return plan;
    }

    private static Risk risk(LocalPlan plan, long riskId) {
        return plan.risks().stream().filter(r -> r.getId() == riskId).findFirst().orElseThrow(LocalPlanStore::notFound);
    }

    private AuditedItem item(Risk risk) {
        return new AuditedItem(AuditItemType.LOCAL_RISK, store.kommunCode() + ":" + risk.getId(), risk.getNumber());
    }

    private AuditedItem item(RiskMeasure measure) {
        return new AuditedItem(AuditItemType.LOCAL_RISK_MEASURE, store.kommunCode() + ":" + measure.getId(), measure.getTitle());
    }
}
