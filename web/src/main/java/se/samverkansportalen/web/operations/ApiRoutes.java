package se.samverkansportalen.web.operations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Names an API request by the endpoint JAX-RS matched ({@code /api/lokala-planer/{id}}), for
 * {@link RequestObservation}'s timings: the resource class's and method's {@code @Path} templates
 * under the application's path, kept as a request attribute. Runs after matching, so a request no
 * endpoint matches is not named here.
 */
@Provider
public class ApiRoutes implements ContainerRequestFilter {

    /** The request attribute that holds the matched endpoint's template. */
    static final String ATTRIBUTE = ApiRoutes.class.getName();

    @Context
    private ResourceInfo resource;

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method == null || type == null) {
            return;
        }
        request.setAttribute(ATTRIBUTE, template(request.getServletPath(), type.getAnnotation(Path.class), method.getAnnotation(Path.class)));
    }

    /** {@code /api} + the class's path + the method's path, each with one slash before it. */
    static String template(String applicationPath, Path classPath, Path methodPath) {
        return applicationPath + segment(classPath) + segment(methodPath);
    }

    private static String segment(Path path) {
        if (path == null || path.value().isEmpty() || path.value().equals("/")) {
            return "";
        }
        String value = path.value();
        value = value.startsWith("/") ? value : "/" + value;
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
