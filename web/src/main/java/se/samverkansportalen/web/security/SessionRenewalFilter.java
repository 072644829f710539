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
 * <p>
 * A session whose login has ended ({@link EndedLoginsWatch}: Keycloak's back-channel logout
 * reached this node or another node of the cluster) is ended here at its next request, which is
 * sent to the same address again and so to a new login: a page's request by a redirect, a form sent
 * with Ajax by JSF's own redirect answer. Issue 16.
 */
@WebFilter(urlPatterns = "/*")
public class SessionRenewalFilter extends HttpFilter {

    @Inject
    LoginSessions loginSessions;

    @Inject
    EndedLoginsWatch endedLogins;

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
            } else if (endedLogins.hasEnded(sid)) {
                loginSessions.remove(sid, session.getId());
                session.invalidate();
                sendToLogin(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Sends the browser to the address it asked for (a form sent: the page it was on), where the login starts. */
    private static void sendToLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String again = request.getRequestURI() + ("GET".equals(request.getMethod()) && request.getQueryString() != null ? "?" + request.getQueryString() : "");
        response.setHeader("Cache-Control", "no-store");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + again.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(again);
        }
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
