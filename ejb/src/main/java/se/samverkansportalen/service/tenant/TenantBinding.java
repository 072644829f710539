package se.samverkansportalen.service.tenant;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.samverkansportalen.domain.tenant.Tenancy;
import se.samverkansportalen.service.identity.CurrentUser;

/**
 * The one place that binds a call to a kommun (a default interceptor of every service, see
 * {@code META-INF/ejb-jar.xml}): on every entry into a service it sets
 * the persistence context's tenant to the caller's kommun from the login token, or to a kommun
 * that does not exist when the caller has none. It is set on every entry, never left out: the
 * server's transaction-scoped entity manager keeps properties from call to call, so a kommun
 * left from an earlier call must be overwritten, not trusted to be absent.
 */
public class TenantBinding {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @Inject
    CurrentUser user;

    @AroundInvoke
    public Object bind(InvocationContext call) throws Exception {
        em.setProperty(Tenancy.KOMMUN_PROPERTY, callersKommun());
        return call.proceed();
    }

    /** The caller's kommun, or a kommun that does not exist for a caller without one or outside a request (startup). */
    private String callersKommun() {
        try {
            return user.getKommunCode().orElse(Tenancy.NO_KOMMUN);
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            return Tenancy.NO_KOMMUN;
        }
    }
}
