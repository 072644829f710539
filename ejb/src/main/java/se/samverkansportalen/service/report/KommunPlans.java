package se.samverkansportalen.service.report;

import jakarta.persistence.EntityManager;
import java.util.List;
import se.samverkansportalen.domain.localplan.LocalPlan;

/**
 * A kommun's local plans as a report reads them, read once per use case through the entity
 * manager bound to that kommun, and only when first asked for ({@link LocalPlan#ALL}: one
 * statement; their measures, goals, risks, the risks' measures, indicators and values follow by
 * their batch fetch, one statement each for all the plans). The items a report lacks and the
 * indicators its items carry are thus found from the same plans, read once.
 */
final class KommunPlans {

    private final EntityManager kommunEm;
    private List<LocalPlan> plans;

    /** The plans of the kommun {@code kommunEm} is bound to. */
    KommunPlans(EntityManager kommunEm) {
        this.kommunEm = kommunEm;
    }

    /** Every plan of the kommun, newest decision first; read on the first call. */
    List<LocalPlan> all() {
        if (plans == null) {
            plans = kommunEm.createNamedQuery(LocalPlan.ALL, LocalPlan.class).getResultList();
        }
        return plans;
    }
}
