package se.samverkansportalen.service.localplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import se.samverkansportalen.domain.localplan.DuplicateMeasureNumberException;
import se.samverkansportalen.domain.localplan.LocalMeasure;
import se.samverkansportalen.domain.localplan.LocalPlan;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.identity.CurrentUser;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.plan.PlanEditException;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.tenant.KommunDirectory;
import se.samverkansportalen.service.tenant.TenantBinding;

/**
 * A kommun's editors keep their kommun's local plans. Every call is bound to the caller's kommun
 * (from the login token, by {@link TenantBinding}); another kommun's plan is never seen, and
 * asking for it is answered exactly as asking for a plan that does not exist.
 */
@Stateless
@RolesAllowed(PortalRole.EDITOR)
@Interceptors(TenantBinding.class)
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
        return LocalPlanViews.view(find(id), kommunCode(), kommunName(), regionalPlan.subGoalNumbers());
    }

    public LocalPlanForm planForm(long id) {
        return LocalPlanForm.of(plan(id));
    }

    /** Creates a plan for the caller's kommun, or saves its details when the form has an id. */
    public LocalPlanView savePlan(LocalPlanForm input) {
        validate(input);
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
    public LocalPlanView saveMeasure(MeasureForm input) {
        validate(input);
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
            throw new PlanEditException("localplan.error.duplicateNumber", String.valueOf(e.getNumber()));
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

    private LocalPlan find(long id) {
        return em.createNamedQuery(LocalPlan.BY_ID, LocalPlan.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(LocalPlans::notFound);
    }

    private static LocalMeasure measure(LocalPlan plan, long id) {
        return plan.getMeasures().stream().filter(m -> m.getId() == id).findFirst().orElseThrow(LocalPlans::notFound);
    }

    /** The same answer for "not yours" and "does not exist": no probing of other kommuner's ids. */
    private static PlanEditException notFound() {
        return new PlanEditException("localplan.error.notFound");
    }

    private static void requireUnchanged(int current, int opened) {
        if (current != opened) {
            throw new PlanEditException("localplan.error.changed");
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

    private void validate(LocalPlanForm input) {
        if (input.getTitle() == null || input.getTitle().isBlank()) {
            throw new PlanEditException("localplan.error.titleRequired");
        }
        if (input.getTitle().strip().length() > LocalPlan.TITLE_MAX) {
            throw new PlanEditException("plan.error.tooLong", String.valueOf(LocalPlan.TITLE_MAX));
        }
        if (input.getShape() == null || input.getStatus() == null) {
            throw new PlanEditException("localplan.error.shapeRequired");
        }
        if (input.getBudgetSek() != null && input.getBudgetSek() < 0) {
            throw new PlanEditException("localplan.error.negativeAmount");
        }
        if ((input.getRegistrationNumber() != null && input.getRegistrationNumber().strip().length() > LocalPlan.REGISTRATION_NUMBER_MAX)
                || (input.getDecidedBy() != null && input.getDecidedBy().strip().length() > LocalPlan.DECIDED_BY_MAX)) {
            throw new PlanEditException("plan.error.tooLong", String.valueOf(LocalPlan.REGISTRATION_NUMBER_MAX));
        }
    }

    private void validate(MeasureForm input) {
        if (input.getTitle() == null || input.getTitle().isBlank()) {
            throw new PlanEditException("localplan.error.measureTitleRequired");
        }
        if (input.getTitle().strip().length() > LocalMeasure.TITLE_MAX) {
            throw new PlanEditException("plan.error.tooLong", String.valueOf(LocalMeasure.TITLE_MAX));
        }
        if ((input.getHow() != null && input.getHow().strip().length() > LocalMeasure.TEXT_MAX)
                || (input.getResult() != null && input.getResult().strip().length() > LocalMeasure.TEXT_MAX)) {
            throw new PlanEditException("plan.error.tooLong", String.valueOf(LocalMeasure.TEXT_MAX));
        }
        if (input.getNumber() != null && input.getNumber() < 1) {
            throw new PlanEditException("localplan.error.numberPositive");
        }
        if (input.getCostSek() != null && input.getCostSek() < 0) {
            throw new PlanEditException("localplan.error.negativeAmount");
        }
        Map<String, String> known = regionalPlan.subGoalNumbers();
        if (input.getSubGoalItemKeys().stream().anyMatch(k -> !known.containsKey(k))) {
            throw new PlanEditException("localplan.error.unknownSubGoal");
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
