package se.samverkansportalen.service.seed;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.samverkansportalen.domain.actor.Actor;
import se.samverkansportalen.domain.actor.ActorKind;
import se.samverkansportalen.domain.plan.RegionalPlan;
import se.samverkansportalen.domain.tenant.Kommun;

/**
 * Loads the region's kommuner, actors and regional plan into the database, idempotently: what
 * is already there (a kommun by its code, an actor by its key, the plan by its region) is left
 * untouched, so a second import changes nothing.
 */
@Stateless
public class SeedImporter {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    public SeedImportResult importActors(ActorsSeed seed) {
        int kommuner = 0;
        for (ActorsSeed.KommunEntry entry : orEmpty(seed.kommuner())) {
            if (em.find(Kommun.class, entry.code()) == null) {
                em.persist(new Kommun(entry.code(), entry.name()));
                kommuner++;
            }
        }
        em.flush();
        int actors = 0;
        for (ActorsSeed.ActorEntry entry : orEmpty(seed.regionalActors())) {
            boolean exists = !em.createNamedQuery(Actor.BY_KEY, Actor.class)
                    .setParameter("key", entry.key()).getResultList().isEmpty();
            if (!exists) {
                em.persist(new Actor(entry.key(), entry.name(), ActorKind.fromKey(entry.kind()), entry.note(),
                        entry.members()));
                actors++;
            }
        }
        return new SeedImportResult(kommuner, actors, 0);
    }

    public SeedImportResult importRegionalPlan(RegionalPlanSeed seed) {
        RegionalPlan plan = RegionalPlanSeedMapper.toPlan(seed);
        boolean exists = !em.createNamedQuery(RegionalPlan.BY_REGION, RegionalPlan.class)
                .setParameter("regionCode", plan.getRegionCode()).getResultList().isEmpty();
        if (exists) {
            return SeedImportResult.NOTHING;
        }
        em.persist(plan);
        return new SeedImportResult(0, 0, 1);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
