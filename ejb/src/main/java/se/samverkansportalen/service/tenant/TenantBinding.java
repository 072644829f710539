package se.samverkansportalen.service.tenant;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.samverkansportalen.domain.localplan.Tenancy;
import se.samverkansportalen.service.identity.CurrentUser;

/**
 * The one place that binds a call to a kommun: on every entry into a kommun's services it sets
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
        em.setProperty(Tenancy.KOMMUN_PROPERTY, user.getKommunCode().orElse(Tenancy.NO_KOMMUN));
        return call.proceed();
    }
}
