package se.samverkansportalen.service.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The container's own view of the caller: its principal (CDI's built-in {@code Principal} bean is
 * a forwarding proxy that hides the {@code OidcPrincipal} and its token) and the portal roles the
 * container grants it, the same roles {@code @RolesAllowed} checks.
 */
@Stateless
@PermitAll
@jakarta.interceptor.ExcludeDefaultInterceptors // the tenant binding asks this bean who is calling
public class CallerPrincipal {

    @Resource
    SessionContext context;

    public Principal get() {
        return context.getCallerPrincipal();
    }

    public Set<PortalRole> roles() {
        EnumSet<PortalRole> roles = EnumSet.noneOf(PortalRole.class);
        Arrays.stream(PortalRole.values()).filter(r -> context.isCallerInRole(r.roleName())).forEach(roles::add);
        return roles;
    }
}
