package se.samverkansportalen.web.identity;

import se.samverkansportalen.web.Formats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/**
 * Logs out of the portal and of Keycloak: ends the portal session, then sends the browser to
 * Keycloak's end-session endpoint with the ID token as hint, so Keycloak ends its session too
 * without asking, and returns to the portal, which sends the browser to the login page.
 */
@Named
@RequestScoped
public class LogoutBacking {

    public void logout() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String target = endSessionUrl(request);
        external.invalidateSession();
        external.redirect(target);
        faces.responseComplete();
    }

    private static String endSessionUrl(HttpServletRequest request) {
        String portal = request.getRequestURL().toString().replace(request.getRequestURI(), request.getContextPath())
                + "/";
        if (!(request.getUserPrincipal() instanceof OidcPrincipal<?> principal)
                || !(principal.getOidcSecurityContext() instanceof RefreshableOidcSecurityContext context)
                || context.getOidcClientConfiguration() == null
                || context.getOidcClientConfiguration().getLogoutUrl() == null) {
            return portal;
        }
        OidcSecurityContext security = context;
        return context.getOidcClientConfiguration().getLogoutUrl()
                + "?client_id=" + encode(context.getOidcClientConfiguration().getClientId())
                + "&post_logout_redirect_uri=" + encode(portal)
                + "&id_token_hint=" + encode(security.getIDTokenString());
    }

    private static String encode(String value) {
        return Formats.percentEncoded(value == null ? "" : value);
    }
}
