package se.samverkansportalen.service.tenant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import java.util.function.Function;
import se.samverkansportalen.domain.tenant.Tenancy;

/**
 * The deliberate ways to reach one named kommun's data, for callers that are not that kommun:
 * the region's and the LBU network's reading, the network's review steps, the demo data. Each
 * opens an entity manager bound to that one kommun and closes it when done, so the binding never
 * reaches another call. A caller's own kommun goes through {@link TenantBinding} instead.
 */
public final class KommunEntityManagers {

    private KommunEntityManagers() {
    }

    /** Reads one kommun's data, outside the caller's transaction. */
    public static <T> T read(EntityManagerFactory emf, String kommunCode, Function<EntityManager, T> read) {
        EntityManager em = emf.createEntityManager(Map.of(Tenancy.KOMMUN_PROPERTY, kommunCode));
        try {
            return read.apply(em);
        } finally {
            em.close();
        }
    }

    /** Changes one kommun's data within the caller's transaction (committed or rolled back with it). */
    public static <T> T write(EntityManagerFactory emf, String kommunCode, Function<EntityManager, T> write) {
        EntityManager em = emf.createEntityManager(Map.of(Tenancy.KOMMUN_PROPERTY, kommunCode));
        try {
            em.joinTransaction();
            return write.apply(em);
        } finally {
            em.close();
        }
    }
}
