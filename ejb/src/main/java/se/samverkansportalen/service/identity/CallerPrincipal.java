package se.samverkansportalen.service.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.security.Principal;

/**
 * Hands out the container's own caller principal. CDI's built-in {@code Principal} bean is a
 * forwarding proxy that hides the {@code OidcPrincipal} and its token; the EJB context returns
 * the principal of the security identity itself.
 */
@Stateless
@PermitAll
public class CallerPrincipal {

    @Resource
    SessionContext context;

    public Principal get() {
        return context.getCallerPrincipal();
    }
}
