package se.samverkansportalen.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.samverkansportalen.web.error.FailureLog;
import se.samverkansportalen.web.operations.RequestIds;
import se.samverkansportalen.web.error.UnavailableFilter;

/**
 * The portal's answer to a 500 (the error page for 500 in {@code web.xml}): the error page of an
 * unexpected failure ({@code /WEB-INF/errorpages/500.xhtml}, logged under the reference it shows),
 * except for one failure that is no fault of the portal's: a call to the REST API reaching a node
 * that started while Keycloak did not answer, whose login check has no realm to check a token
 * against yet (elytron-oidc-client fails with "no expected issuer"). While Keycloak still does not
 * answer ({@link KeycloakReachability}) such a call gets the API's JSON refusal 503
 * {@value #LOGIN_UNAVAILABLE} with {@code Retry-After}, logged as one warning line. Issue 16,
 * "Outages".
 */
@WebServlet(ServerErrorServlet.PATH)
public class ServerErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where the error page for 500 points. */
    static final String PATH = "/fel/500";

    /** Message key of an API call that cannot be checked while Keycloak does not answer. */
    static final String LOGIN_UNAVAILABLE = "api.error.loginUnavailable";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/") && !KeycloakReachability.reachable()) {
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            FailureLog.unavailable(path, failure instanceof Throwable t ? t : new IllegalStateException("Keycloak does not answer"));
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", UnavailableFilter.RETRY_AFTER_SECONDS);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(RefusalBodies.of(LOGIN_UNAVAILABLE, RequestIds.of(request)));
            return;
        }
        request.getRequestDispatcher("/WEB-INF/errorpages/500.xhtml").forward(request, response);
    }
}
