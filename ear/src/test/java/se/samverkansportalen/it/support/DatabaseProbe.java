package se.samverkansportalen.it.support;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Lets in-container tests look at the database through the portal's own persistence unit.
 * Deployed only with tests.
 */
@Stateless
public class DatabaseProbe {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    public long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    /** Rows counted with plain SQL, for tables outside the entity model. */
    public long countRows(String table) {
        if (!table.matches("[A-Za-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue();
    }

    /** The class of the JPA provider's EntityManager behind the container's proxy. */
    public String providerEntityManagerClass() {
        return em.getDelegate().getClass().getName();
    }

    public long sumOfVersions(String entity) {
        if (!entity.matches("[A-Za-z]+")) {
            throw new IllegalArgumentException(entity);
        }
        Number sum = em.createQuery("SELECT SUM(e.version) FROM " + entity + " e", Number.class).getSingleResult();
        return sum == null ? 0 : sum.longValue();
    }
}
