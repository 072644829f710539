package se.samverkansportalen.service.seed;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import se.samverkansportalen.domain.localplan.LocalPlan;
import se.samverkansportalen.service.localplan.LocalPlanFile;
import se.samverkansportalen.service.tenant.KommunEntityManagers;

/**
 * Puts the real example local plans (Uppsala's measures plan, Nacka's risk-based plan) into demo kommuner so that their shapes can be seen: a
 * system task with no user, so it binds its own entity manager to the one demo kommun it writes
 * for (joined to the startup transaction), instead of a user's token. Each plan is labelled with
 * the kommun it comes from and marked as an example ({@link LocalPlan#isExample}): read only, and
 * never items of the demo kommun's reports. Adds a plan only when that kommun does not have it yet.
 */
@Stateless
public class DemoLocalPlans {

    /** Storuman shows Uppsala's measures plan of 2015. */
    public static final String MEASURES_DEMO_KOMMUN = "2421";
    /** Lycksele shows Nacka's risk-based plan of 2020 with its indicators. */
    public static final String RISK_DEMO_KOMMUN = "2481";
    static final String UPPSALA = "seed/local-plan-measures-uppsala-2015.json";
    static final String NACKA = "seed/local-plan-risks-nacka-2020.json";

    @PersistenceUnit(unitName = "samverkan")
    EntityManagerFactory emf;

    /** Loads the example plans that are missing; returns how many were added. */
    public int load() {
        return (add(MEASURES_DEMO_KOMMUN, UPPSALA) ? 1 : 0) + (add(RISK_DEMO_KOMMUN, NACKA) ? 1 : 0);
    }

    private boolean add(String kommunCode, String resource) {
        LocalPlanFile.Contents contents = LocalPlanFile.read(bytes(resource));
        return KommunEntityManagers.write(emf, kommunCode, em -> {
            boolean present = em.createNamedQuery(LocalPlan.ALL, LocalPlan.class).getResultList().stream()
                    .anyMatch(p -> contents.sourceLabel().equals(p.getSourceLabel()));
            if (present) {
                return false;
            }
            LocalPlan plan = contents.toPlan(true);
            plan.markAsExample();
            em.persist(plan);
            em.flush();
            return true;
        });
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = DemoLocalPlans.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed file missing: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
