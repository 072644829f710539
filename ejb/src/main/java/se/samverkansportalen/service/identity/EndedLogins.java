package se.samverkansportalen.service.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import se.samverkansportalen.domain.identity.EndedLogin;

/**
 * The Keycloak login sessions ended by Keycloak's back-channel logout, shared by every node of a
 * cluster through the database ({@link EndedLogin}): the node that receives a logout records the
 * login's {@code sid}; each node asks for the logins ended since it last asked and ends its own
 * portal sessions of them. Rows are kept {@link #KEPT} (longer than the realm lets a login live, 10
 * hours) and then forgotten. Every method runs in a transaction of its own, so a logout is recorded
 * whatever the caller does next. Issue 16 (a cluster ends a login on every node).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EndedLogins {

    /** How long an ended login is remembered: the realm's longest login (10 hours) and a margin. */
    public static final Duration KEPT = Duration.ofHours(12);

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    /** A login that ended, and when. */
    public record Ended(String sid, Instant at) implements Serializable {
    }

    /**
     * Records that the login session {@code sid} ended at {@code at}; a login already recorded
     * keeps its first time. Logins ended more than {@link #KEPT} before {@code at} are forgotten
     * meanwhile.
     *
     * @param sid Keycloak's login session id, 1 to 255 characters (the column's size; a longer or
     *        blank one is refused by the entity's constraints)
     * @param at when Keycloak ended it
     */
    public void record(String sid, Instant at) {
        if (em.find(EndedLogin.class, sid) == null) {
            em.persist(new EndedLogin(sid, at));
        }
        em.createNamedQuery(EndedLogin.FORGET_BEFORE).setParameter("before", LocalDateTime.ofInstant(at.minus(KEPT), ZoneOffset.UTC))
                .executeUpdate();
    }

    /**
     * The logins ended after {@code since}, oldest first.
     *
     * @param since an instant; logins ended at or before it are not given
     * @return each login's sid and when it ended
     */
    public List<Ended> since(Instant since) {
        return em.createNamedQuery(EndedLogin.SINCE, EndedLogin.class)
                .setParameter("since", LocalDateTime.ofInstant(since, ZoneOffset.UTC)).getResultList().stream()
                .map(e -> new Ended(e.getSid(), e.getEndedAt())).toList();
    }
}
