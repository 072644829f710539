package se.samverkansportalen.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The portal's answer to a 403 (the error page for 403 in {@code web.xml}). A logged-in user
 * without the role gets the "Åtkomst nekad" page ({@code /WEB-INF/errorpages/403.xhtml}) as
 * before. A browser that is not logged in gets a 403 from the login check only when that check
 * could not make its redirect to Keycloak: a node started while Keycloak did not answer has never
 * read Keycloak's addresses. While Keycloak still does not answer ({@link KeycloakReachability}),
 * such a browser is sent to the page about logins not working ({@link LoginDetour#PAGE}), with the
 * address it asked for, instead of being told it lacks a right. Issue 16, "Outages".
 */
@WebServlet(ForbiddenServlet.PATH)
public class ForbiddenServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where the error page for 403 points. */
    static final String PATH = "/fel/403";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (request.getUserPrincipal() == null && !KeycloakReachability.reachable()) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            // The error dispatch keeps the original request's query (the error page's address has none).
            String query = request.getQueryString();
            String asked = uri == null ? request.getContextPath() + "/" : uri + (query == null ? "" : "?" + query);
            response.sendRedirect(LoginDetour.pageFor(request.getContextPath(), asked));
            return;
        }
        request.getRequestDispatcher("/WEB-INF/errorpages/403.xhtml").forward(request, response);
    }
}
