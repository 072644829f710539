package se.samverkansportalen.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.samverkansportalen.web.error.UnavailableFilter;

/**
 * The page a browser is sent to instead of Keycloak's login while Keycloak does not answer
 * ({@link LoginDetour}): status 503 with {@code Retry-After}, "Inloggningen fungerar inte just nu"
 * ({@code /WEB-INF/errorpages/login-unavailable.xhtml}) and a link back to the address the user
 * asked for ({@link LoginDetour#BACK}, only a path within the portal: {@link LoginDetour#safeReturn}),
 * where the login starts again. Read without a login ({@code web.xml}).
 */
@WebServlet(LoginDetour.PAGE)
public class LoginUnavailableServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setAttribute(UnavailableFilter.RETRY_ADDRESS, LoginDetour.safeReturn(request.getParameter(LoginDetour.BACK), request.getContextPath()));
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", UnavailableFilter.RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        request.getRequestDispatcher("/WEB-INF/errorpages/login-unavailable.xhtml").forward(request, response);
    }
}
