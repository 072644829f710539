package se.samverkansportalen.web.operations;

import java.util.Set;

/**
 * The name a request is measured under ({@link RequestObservation}): a page, a download servlet
 * or an API endpoint's template, never the address as typed, so that ids, queries and made-up
 * addresses cannot grow the metrics without end. Pure; {@code RoutesTest}.
 */
public final class Routes {

    /** Every address the portal has no page or endpoint for (answered 404 before any route matched). */
    public static final String UNMATCHED = "unmatched";
    /** A request the login check refused before it reached the portal (401 to a bearer token it did not accept). */
    public static final String UNAUTHENTICATED = "unauthenticated";

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    private static final String FACES_RESOURCES = "/jakarta.faces.resource";

    private Routes() {
    }

    /**
     * The route of a request.
     *
     * @param servletPath the request's servlet path ({@code /rapport/matris.xhtml}, {@code /api})
     * @param pathInfo    its path info, or null
     * @param apiTemplate the API endpoint's template when JAX-RS matched one ({@code /api/lokala-planer/{id}}), or null
     * @param status      the HTTP status answered
     * @return the API template when there is one; {@value #UNMATCHED} for a 404 outside it; the
     *         faces and static resources each as one route; otherwise the servlet path, with
     *         {@code /*} when the servlet takes a path below it
     */
    public static String of(String servletPath, String pathInfo, String apiTemplate, int status) {
        if (apiTemplate != null) {
            return apiTemplate;
        }
        if (status == 404) {
            return UNMATCHED;
        }
        String path = servletPath == null || servletPath.isEmpty() ? "/" : servletPath;
        if (path.startsWith(FACES_RESOURCES + "/") || path.equals(FACES_RESOURCES)) {
            return FACES_RESOURCES;
        }
        if (path.startsWith("/resources/")) {
            return "/resources";
        }
        return pathInfo == null || pathInfo.isEmpty() || pathInfo.equals("/") ? path : path + "/*";
    }

    /** The HTTP method as a tag: one of the methods the portal answers, or {@code OTHER}. */
    public static String method(String method) {
        return method != null && METHODS.contains(method) ? method : "OTHER";
    }
}
