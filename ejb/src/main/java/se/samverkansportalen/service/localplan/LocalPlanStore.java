package se.samverkansportalen.service.localplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import se.samverkansportalen.domain.localplan.LocalPlan;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.service.identity.CurrentUser;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.tenant.KommunDirectory;
import se.samverkansportalen.service.tenant.TenantBinding;

/**
 * What the kommun's local-plan services ({@link LocalPlans}, {@link LocalIndicators},
 * {@link LocalRisks}) share, and not a use case of its own: it finds a plan of the caller's kommun
 * by id, answers a plan as its editors see it, names the caller's kommun and refuses links to
 * delmål the regional plan does not have. Every call is bound to the caller's kommun (by the
 * default interceptor {@link TenantBinding}), so another kommun's plan is refused exactly like a
 * plan that does not exist. It joins the calling service's transaction: a plan it finds is the
 * one the caller changes.
 * <p>
 * Public only because an enterprise bean must be; pages and the API call the three services.
 */
@Stateless
@RolesAllowed(PortalRole.EDITOR)
public class LocalPlanStore {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @EJB
    KommunDirectory kommuner;

    @EJB
    RegionalPlanService regionalPlan;

    @Inject
    CurrentUser user;

    /** The caller's kommun's plan; refused as not found when there is none or it is another kommun's. */
    public LocalPlan find(long id) {
        return em.createNamedQuery(LocalPlan.BY_ID, LocalPlan.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(LocalPlanStore::notFound);
    }

    /**
     * The caller's kommun's plan, to be changed; refused as not found like {@link #find}, and
     * refused ({@code localplan.error.example}, a conflict with the plan's state) for an example
     * plan shown for demonstration, which is read only ({@link LocalPlan#isExample}).
     */
    public LocalPlan findForChange(long id) {
        LocalPlan plan = find(id);
        if (plan.isExample()) {
            throw new ConflictRefusal("localplan.error.example");
        }
        return plan;
    }

    /** The plan as its kommun's editors see it (exact, small counts included). */
    public LocalPlanView view(long id) {
        return LocalPlanViews.view(find(id), kommunCode(), kommunName(), regionalPlan.subGoalNumbers(), true);
    }

    /** The caller's kommun (a row just written does not read its tenant column back until reloaded). */
    public String kommunCode() {
        return user.getKommunCode().orElseThrow(LocalPlanStore::notFound);
    }

    public String kommunName() {
        return user.getKommunCode().flatMap(kommuner::find).map(Kommun::getName).orElse("");
    }

    /** Refuses links to delmål the regional plan does not have. */
    public void requireKnownSubGoals(List<String> subGoalItemKeys) {
        Map<String, String> known = regionalPlan.subGoalNumbers();
        if (subGoalItemKeys.stream().anyMatch(k -> !known.containsKey(k))) {
            throw InvalidInputRefusal.atField("subGoalItemKeys", "localplan.error.unknownSubGoal");
        }
    }

    /** The same answer for "not yours" and "does not exist": no probing of other kommuner's ids. */
    static NotFoundRefusal notFound() {
        return new NotFoundRefusal("localplan.error.notFound");
    }

    /** Refuses a change to something someone else saved after the form was opened. */
    static void requireUnchanged(int current, int opened) {
        if (current != opened) {
            throw new ConflictRefusal("localplan.error.changed");
        }
    }
}
