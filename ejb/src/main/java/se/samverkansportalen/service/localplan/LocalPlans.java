package se.samverkansportalen.service.localplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.domain.localplan.DuplicateMeasureNumberException;
import se.samverkansportalen.domain.localplan.LocalMeasure;
import se.samverkansportalen.domain.localplan.LocalPlan;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.operations.PortalCounters;
import se.samverkansportalen.service.tenant.TenantBinding;

/**
 * A kommun's editors keep their kommun's local plans and the plans' measures: they list, read,
 * create, change, import (a JSON file, all or nothing) and remove plans, and add, change and remove
 * measures linked to regional delmål; each change answers the plan as it is afterwards. Refused: a
 * change someone else saved first, a measure number the plan already has, a link to a delmål the
 * regional plan does not have, and a file with a problem anywhere (named by its place in the file).
 * Indicators are kept by {@link LocalIndicators}, goals and risks by {@link LocalRisks}. Every call
 * is bound to the caller's kommun (from the login token, by the default interceptor
 * {@link TenantBinding}); another kommun's plan is never seen, and asking for it is answered
 * exactly as asking for a plan that does not exist.
 */
@Stateless
@RolesAllowed(PortalRole.EDITOR)
public class LocalPlans {


    @Inject
    private PortalCounters counters;

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    LocalPlanStore store;

    /** The caller's kommun's plans, newest decision first. */
    public List<LocalPlanSummary> ours() {
        String name = store.kommunName();
        return em.createNamedQuery(LocalPlan.ALL, LocalPlan.class).getResultList().stream()
                .map(p -> LocalPlanViews.summary(p, store.kommunCode(), name)).toList();
    }

    public LocalPlanView plan(long id) {
        return store.view(id);
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
            plan = store.findForChange(input.getId());
            LocalPlanStore.requireUnchanged(plan.getLockVersion(), input.getLockVersion());
            AuditedItem item = item(plan);
            String oldTitle = plan.getTitle();
            String oldStatus = plan.getStatus().name();
            Long oldBudget = plan.getBudgetSek();
            String oldDecision = decision(plan);
            String oldObjectives = String.join("\n", plan.getObjectives());
            String oldFocusAreas = String.join("\n", plan.getFocusAreas());
            describe(plan, input);
            audit.changed(item, "title", oldTitle, plan.getTitle());
            audit.changed(item, "status", oldStatus, plan.getStatus().name());
            audit.changed(item, "budgetSek", oldBudget, plan.getBudgetSek());
            audit.changed(item, "decision", oldDecision, decision(plan));
            audit.changed(item, "objectives", oldObjectives, String.join("\n", plan.getObjectives()));
            audit.changed(item, "focusAreas", oldFocusAreas, String.join("\n", plan.getFocusAreas()));
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
        LocalPlanFile.Contents contents;
        try {
            contents = LocalPlanFile.read(file);
        } catch (Refusal refused) {
            counters.importRefused("plan-file");
            throw refused;
        }
        boolean foreign = contents.sourceKommun() != null && !contents.sourceKommun().equalsIgnoreCase(store.kommunName());
        LocalPlan plan = contents.toPlan(foreign);
        em.persist(plan);
        em.flush();
        AuditedItem item = item(plan);
        audit.created(item, plan.getTitle());
        em.flush();
        audit.changed(item, "importedMeasures", null, plan.getMeasures().size());
        return plan(plan.getId());
    }

    /** Removes a plan with its measures (the page has asked for confirmation first). */
    public void removePlan(long id) {
        LocalPlan plan = store.findForChange(id);
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
                .map(m -> MeasureForm.of(planId, m)).orElseThrow(LocalPlanStore::notFound);
    }

    /** Adds a measure (numbered after the last unless a free number is given) or saves one. */
    public LocalPlanView saveMeasure(@NotNull @Valid MeasureForm input) {
        store.requireKnownSubGoals(input.getSubGoalItemKeys());
        LocalPlan plan = store.findForChange(input.getPlanId());
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
                LocalPlanStore.requireUnchanged(measure.getLockVersion(), input.getLockVersion());
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
        LocalPlan plan = store.findForChange(planId);
        LocalMeasure measure = measure(plan, measureId);
        audit.deleted(item(measure), measure.getNumber() + ". " + measure.getTitle());
        plan.removeMeasure(measure);
        em.flush();
        return plan(planId);
    }

    private static LocalMeasure measure(LocalPlan plan, long id) {
        return plan.getMeasures().stream().filter(m -> m.getId() == id).findFirst().orElseThrow(LocalPlanStore::notFound);
    }

    private static void describe(LocalPlan plan, LocalPlanForm input) {
        plan.describe(input.getTitle(), input.getRegistrationNumber(), input.getDecidedOn(), input.getDecidedBy(),
                input.getStatus(), input.getBudgetSek(), lines(input.getObjectives()), lines(input.getFocusAreas()));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).toList();
    }

    private static String decision(LocalPlan plan) {
        return String.join(", ", Stream.of(
                plan.getRegistrationNumber(), plan.getDecidedOn() == null ? null : plan.getDecidedOn().toString(),
                plan.getDecidedBy()).filter(Objects::nonNull).toList());
    }

    private static String describe(LocalMeasure m) {
        return m.getNumber() + ". " + m.getTitle() + " | Hur: " + nullToEmpty(m.getHow()) + " | Resultat: "
                + nullToEmpty(m.getResult()) + " | När: " + (m.getDueOn() == null ? "" : m.getDueOn())
                + " | Kostnad: " + (m.getCostSek() == null ? "" : m.getCostSek());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private AuditedItem item(LocalPlan plan) {
        return new AuditedItem(AuditItemType.LOCAL_PLAN, store.kommunCode() + ":" + plan.getId(), plan.getTitle());
    }

    private AuditedItem item(LocalMeasure measure) {
        return new AuditedItem(AuditItemType.LOCAL_MEASURE, store.kommunCode() + ":" + measure.getId(),
                measure.getNumber() + ". " + measure.getTitle());
    }
}
