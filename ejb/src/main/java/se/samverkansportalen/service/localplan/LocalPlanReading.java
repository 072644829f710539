package se.samverkansportalen.service.localplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.samverkansportalen.domain.localplan.LocalPlan;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.tenant.KommunDirectory;
import se.samverkansportalen.service.tenant.KommunEntityManagers;

/**
 * The deliberate, read-only path through which the regional coordinators and the LBU network
 * read every kommun's local plans. Each read opens its own entity manager bound to the one kommun
 * it reads, outside any transaction, and closes it: nothing read here can be changed or written,
 * and the binding cannot leak into a kommun editor's call.
 */
@Stateless
@RolesAllowed({PortalRole.COORDINATOR, PortalRole.REVIEWER})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LocalPlanReading {

    @PersistenceUnit(unitName = "samverkan")
    EntityManagerFactory emf;

    @EJB
    KommunDirectory kommuner;

    @EJB
    RegionalPlanService regionalPlan;

    /** Every kommun's plans, kommun by kommun in the directory's order. */
    public List<LocalPlanSummary> all() {
        List<LocalPlanSummary> plans = new ArrayList<>();
        for (Kommun kommun : kommuner.all()) {
            plans.addAll(readAs(kommun.getCode(), em -> em.createNamedQuery(LocalPlan.ALL, LocalPlan.class)
                    .getResultList().stream().map(p -> LocalPlanViews.summary(p, kommun.getCode(), kommun.getName()))
                    .toList()));
        }
        return plans;
    }

    /** One kommun's plan, read only. */
    public LocalPlanView plan(@NotNull @Size(max = Kommun.CODE_LENGTH) String kommunCode, long id) {
        Kommun kommun = kommuner.find(kommunCode == null ? "" : kommunCode)
                .orElseThrow(() -> new NotFoundRefusal("localplan.error.notFound"));
        Map<String, String> subGoals = regionalPlan.subGoalNumbers();
        return readAs(kommun.getCode(), em -> em.createNamedQuery(LocalPlan.BY_ID, LocalPlan.class)
                .setParameter("id", id).getResultStream().findFirst()
                .map(p -> LocalPlanViews.view(p, kommun.getCode(), kommun.getName(), subGoals, false)))
                .orElseThrow(() -> new NotFoundRefusal("localplan.error.notFound"));
    }

    private <T> T readAs(String kommunCode, Function<EntityManager, T> read) {
        return KommunEntityManagers.read(emf, kommunCode, read);
    }
}
