package se.samverkansportalen.web.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.samverkansportalen.web.api.ApiDocument;

/**
 * The API's paths of before the versioned contract ({@code /api/lokala-planer}) keep answering
 * during the transition: each is served by its versioned twin ({@code /api/v1/lokala-planer}),
 * the same method, roles and answer, its query kept. Mapped in {@code web.xml} to {@code /api/*},
 * after the login check and the request's id. Only {@code /api/v1/…} is in the OpenAPI document;
 * README "REST API" names the unversioned paths deprecated.
 */
public class UnversionedPaths extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String VERSIONED = "/api/" + ApiDocument.VERSION;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String twin = twin(path);
        if (twin == null) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        request.getRequestDispatcher(query == null ? twin : twin + "?" + query).forward(request, response);
    }

    /**
     * The versioned twin of an address within the portal: {@code /api/x} is {@code /api/v1/x};
     * null for an address already versioned or outside the API.
     */
    static String twin(String path) {
        if (!path.startsWith("/api/") || path.equals(VERSIONED) || path.startsWith(VERSIONED + "/")) {
            return null;
        }
        return VERSIONED + path.substring("/api".length());
    }
}
