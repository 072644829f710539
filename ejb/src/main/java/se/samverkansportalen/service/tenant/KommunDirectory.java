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

    public List<Kommun> all() {
        return em.createNamedQuery(Kommun.ALL, Kommun.class).getResultList();
    }
}
