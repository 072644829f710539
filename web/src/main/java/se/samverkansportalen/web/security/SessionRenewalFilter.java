package se.samverkansportalen.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * Gives a session a new id at the first request after a Keycloak login (session fixation: an id
 * someone planted before the login must not become the logged-in session), and records the
 * session under its Keycloak login session ({@code sid}) for back-channel logout. elytron-oidc-client
 * 2.8 keeps the id of the session the login started in (STACK-NOTES). A session that already
 * belongs to this login is left alone; requests with no session (the API's bearer calls) too.
 * Issue 12, "Sessions".
 */
@WebFilter(urlPatterns = "/*")
public class SessionRenewalFilter extends HttpFilter {

    @Inject
    LoginSessions loginSessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() instanceof OidcPrincipal<?> principal) {
            String sid = loginSession(principal.getOidcSecurityContext());
            if (!sid.equals(session.getAttribute(LoginSessions.LOGIN_SID))) {
                Object earlier = session.getAttribute(LoginSessions.LOGIN_SID);
                loginSessions.remove(earlier instanceof String s ? s : null, session.getId());
                request.changeSessionId();
                session = request.getSession(false);
                session.setAttribute(LoginSessions.LOGIN_SID, sid);
                loginSessions.add(sid, session);
            }
        }
        chain.doFilter(request, response);
    }

    /** The Keycloak login session of a login: the {@code sid} claim, else the ID token itself. */
    private static String loginSession(OidcSecurityContext context) {
        if (context == null) {
            return "";
        }
        if (context.getIDToken() != null && context.getIDToken().getClaimValueAsString("sid") != null) {
            return context.getIDToken().getClaimValueAsString("sid");
        }
        if (context.getToken() != null && context.getToken().getClaimValueAsString("sid") != null) {
            return context.getToken().getClaimValueAsString("sid");
        }
        return String.valueOf(context.getIDTokenString() == null ? context.getTokenString() : context.getIDTokenString()).hashCode() + "";
    }
}
