package se.samverkansportalen.service.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.Principal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import se.samverkansportalen.domain.PersonNames;
import se.samverkansportalen.domain.tenant.Kommun;

/**
 * Who is asking, read once per request from the OIDC token that Keycloak issued: the user's
 * name and kommun (the {@code kommun} claim, an SCB kommunkod) and the roles the container grants. This is the only
 * place that reads the token; nothing in the portal takes identity, role or kommun from a
 * request parameter.
 */
@Named
@RequestScoped
public class CurrentUser {

    /** The token claim that carries the user's kommunkod. */
    public static final String KOMMUN_CLAIM = "kommun";

    @Inject
    CallerPrincipal callerPrincipal;

    private Identity identity;
    private Principal identityOf;

    public boolean isLoggedIn() {
        return identity().loggedIn();
    }

    /** The login name (Keycloak's preferred_username). */
    public String getUsername() {
        return identity().username();
    }

    /**
     * The name to greet the user with: full name from the token, else the login name; at most
     * {@link PersonNames#DISPLAY_NAME_MAX} characters, so that it fits every column that records who did something.
     */
    public String getDisplayName() {
        return identity().displayName();
    }

    public Set<PortalRole> getRoles() {
        return identity().roles();
    }

    public boolean hasRole(PortalRole role) {
        return identity().roles().contains(role);
    }

    /** The kommun the user belongs to, empty for regional and network users. */
    public Optional<String> getKommunCode() {
        return Optional.ofNullable(identity().kommunCode());
    }

    /** The role to show first in the header: the most specific one the user has. */
    public Optional<PortalRole> getPrimaryRole() {
        return identity().roles().stream().findFirst();
    }

    /**
     * Parsed once per request and caller: a request normally has one caller, but a system task
     * running as another identity (run-as) within it must not be taken for the first caller.
     */
    private Identity identity() {
        Principal caller = callerPrincipal.get();
        if (identity == null || !java.util.Objects.equals(identityOf, caller)) {
            identity = Identity.of(caller, callerPrincipal.roles());
            identityOf = caller;
        }
        return identity;
    }

    /** What the token says, parsed once. */
    record Identity(boolean loggedIn, String username, String displayName, Set<PortalRole> roles, String kommunCode) {

        static final Identity ANONYMOUS = new Identity(false, "anonymous", "", Collections.emptySet(), null);

        /**
         * Name and kommun come from the token; the roles are those the container grants (the
         * token's realm roles for a logged-in user, the run-as role for a system task).
         */
        static Identity of(Principal principal, Set<PortalRole> containerRoles) {
            Set<PortalRole> roles = Collections.unmodifiableSet(EnumSet.copyOf(
                    containerRoles.isEmpty() ? EnumSet.noneOf(PortalRole.class) : containerRoles));
            if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null
                    && oidc.getOidcSecurityContext().getToken() != null) {
                AccessToken token = oidc.getOidcSecurityContext().getToken();
                String username = PersonNames.username(firstNonBlank(token.getPreferredUsername(), principal.getName()));
                String displayName = PersonNames.displayName(firstNonBlank(token.getName(), username));
                return new Identity(true, username, displayName, roles, kommunCode(token));
            }
            if (principal == null || roles.isEmpty()) {
                return ANONYMOUS;
            }
            return new Identity(true, PersonNames.username(principal.getName()), PersonNames.displayName(principal.getName()),
                    roles, null);
        }

        private static String kommunCode(AccessToken token) {
            Object claim = token.getClaimValue(KOMMUN_CLAIM);
            String code = claim instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.get(0))
                    : claim == null ? null : String.valueOf(claim);
            return Kommun.isKommunCode(code) ? code : null;
        }

        private static String firstNonBlank(String first, String second) {
            return first != null && !first.isBlank() ? first : second;
        }
    }
}
