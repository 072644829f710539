package se.samverkansportalen.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import se.samverkansportalen.web.error.RefusalTexts;
import se.samverkansportalen.web.operations.RequestIds;

/**
 * The portal's answer to a 401 the login check gives (the error page for 401 in {@code web.xml}):
 * a bearer token that is malformed, forged, expired or issued for another audience. For the REST
 * API ({@code /api/...}) the body is the API's usual Swedish refusal, {@code error}
 * {@value #INVALID_TOKEN} and its {@code message}, as JSON, instead of the server's HTML page; the
 * login check's {@code WWW-Authenticate} header is kept (set to plain {@code Bearer} when absent).
 * Elsewhere a short Swedish page says that the login was not accepted. Nothing about the token is
 * echoed.
 */
@WebServlet(UnauthorizedServlet.PATH)
public class UnauthorizedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where the error page for 401 points. */
    static final String PATH = "/fel/401";

    /** Message key of a bearer token the login check did not accept. */
    static final String INVALID_TOKEN = "api.error.invalidToken";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String failedUri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String message = RefusalTexts.text(INVALID_TOKEN, List.of(), RefusalTexts.SWEDISH);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        if (!response.containsHeader("WWW-Authenticate")) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        if (failedUri.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json");
            response.getWriter().write(RefusalBodies.of(INVALID_TOKEN, RequestIds.of(request)));
        } else {
            response.setContentType("text/html");
            String title = RefusalTexts.text("api.error.notLoggedIn", List.of(), RefusalTexts.SWEDISH);
            response.getWriter().write("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"UTF-8\"><title>" + title
                    + "</title></head><body><main><h1>" + title + "</h1><p>" + message + "</p></main></body></html>\n");
        }
    }
}
