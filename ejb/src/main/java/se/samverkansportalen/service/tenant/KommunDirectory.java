package se.samverkansportalen.service.tenant;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.samverkansportalen.domain.tenant.Kommun;

/** The region's kommuner: the tenants of the portal. Public facts, readable by every user. */
@Stateless
public class KommunDirectory {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    public Optional<Kommun> find(String code) {
        return Kommun.isKommunCode(code) ? Optional.ofNullable(em.find(Kommun.class, code)) : Optional.empty();
    }

    /** Every kommun, by name. */
    public List<Kommun> all() {
        return em.createNamedQuery(Kommun.ALL, Kommun.class).getResultList();
    }

    /**
     * How many kommuner have a name that holds {@code text} (upper or lower case alike); every
     * kommun when {@code text} is null or blank. One statement.
     */
    public int count(String text) {
        Long count = blank(text) ? em.createNamedQuery(Kommun.COUNT, Long.class).getSingleResult()
                : em.createNamedQuery(Kommun.COUNT_NAMED, Long.class).setParameter("text", text.strip()).getSingleResult();
        return count.intValue();
    }

    /**
     * At most {@code max} kommuner whose name holds {@code text} (every kommun when null or blank),
     * by name, after the first {@code first} of them: a page of the directory, read with one
     * statement whatever the number of kommuner.
     */
    public List<Kommun> page(String text, int first, int max) {
        var query = blank(text) ? em.createNamedQuery(Kommun.ALL, Kommun.class)
                : em.createNamedQuery(Kommun.NAMED, Kommun.class).setParameter("text", text.strip());
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
