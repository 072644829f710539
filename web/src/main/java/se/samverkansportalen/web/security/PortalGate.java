package se.samverkansportalen.web.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.SameSiteCookieHandler;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverkansportalen.web.operations.RequestIds;

/**
 * The first thing every request of the portal meets, before WildFly's login check (an Undertow
 * initial handler, registered in {@code META-INF/services/io.undertow.servlet.ServletExtension}):
 * <ul>
 * <li>every answer gets the {@link SecurityHeaders}, set when the answer is committed, so that
 * redirects to the login, error pages and refusals carry them too; the session cookie and
 * elytron-oidc-client's login cookies ({@value #LOGIN_COOKIES}: the state and the nonce's random
 * value, set on the redirect to Keycloak and read when Keycloak sends the browser back) get
 * {@code SameSite=Lax}, which lets them ride that top-level redirect back but no other site's form
 * post or fetch; the login cookies are also made {@code Secure} whenever the session cookie is
 * ({@link OidcSettings#httpsOnly()}), since elytron marks them so only for a client address it
 * counts as external (not behind a proxy on the same host or network);</li>
 * <li>a redirect of the login check to Keycloak's login page, made while Keycloak does not answer,
 * goes to the portal's own page about it instead ({@link LoginDetour});</li>
 * <li>a request to the REST API passes {@link ApiGate} or is answered at once with its status and
 * a Swedish refusal body of the API's usual form ({@code error}, {@code message}), so a session
 * cookie never reaches the login check for the API.</li>
 * </ul>
 */
public class PortalGate implements ServletExtension {

    private static final java.util.logging.Logger GATE_LOG = java.util.logging.Logger.getLogger(PortalGate.class.getName());
    private static final HttpString CONTENT_SECURITY_POLICY = new HttpString("Content-Security-Policy");
    /**
     * elytron-oidc-client's login cookies, as a pattern: its state cookie (the default name, which
     * oidc.json does not change) and {@code Oidc.SESSION_RANDOM_VALUE}, the nonce's random value.
     */
    static final String LOGIN_COOKIES = "OAuth_Token_Request_State|session_random_value";
    private static final java.util.regex.Pattern LOGIN_COOKIE = java.util.regex.Pattern.compile(LOGIN_COOKIES);

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        String apiPrefix = servletContext.getContextPath() + "/api/";
        // The bodies are made here, on the deployment's thread (its class loader finds the bundle and JSON-P).
        Map<String, String> bodies = new HashMap<>();
        for (String key : List.of("api.error.tokenInAddress", "api.error.bearerOnly", "api.error.unsupportedMediaType")) {
            bodies.put(key, RefusalBodies.of(key));
        }
        String sessionCookie = servletContext.getSessionCookieConfig().getName() == null ? "JSESSIONID"
                : servletContext.getSessionCookieConfig().getName();
        // SameSite=Lax on the session and login cookies: sent on the top-level redirect back from Keycloak,
        // never on another site's form post or fetch. (web.xml's cookie-config attribute is not applied by
        // WildFly 39, and elytron-oidc-client sets no SameSite on its login cookies.)
        boolean secure = OidcSettings.httpsOnly();
        deployment.addInitialHandlerChainWrapper(next -> new SameSiteCookieHandler(
                exchange -> handle(exchange, next, apiPrefix, bodies, secure), "Lax",
                java.util.regex.Pattern.quote(sessionCookie) + "|" + LOGIN_COOKIES, true, false, false));
    }

    private static void handle(HttpServerExchange exchange, HttpHandler next, String apiPrefix, Map<String, String> bodies,
            boolean secure) throws Exception {
        exchange.addResponseCommitListener(PortalGate::addHeaders);
        exchange.addResponseCommitListener(committed -> detourLogin(committed, apiPrefix.substring(0, apiPrefix.length() - "/api/".length())));
        if (secure) {
            exchange.addResponseCommitListener(PortalGate::secureLoginCookies);
        }
        String path = exchange.getRequestPath();
        if (path.startsWith(apiPrefix) || path.equals(apiPrefix.substring(0, apiPrefix.length() - 1))) {
            Optional<ApiGate.Refusal> refusal = ApiGate.check(exchange.getRequestMethod().toString(),
                    exchange.getQueryParameters().containsKey("access_token"),
                    exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION),
                    exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE));
            if (refusal.isPresent()) {
                exchange.setStatusCode(refusal.get().status());
                if (refusal.get().status() == 401) {
                    exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, "Bearer");
                }
                exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json;charset=UTF-8");
                exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
                // Answered before any filter: the request's id is given and logged here.
                String reference = RequestIds.next();
                exchange.getResponseHeaders().put(new HttpString(RequestIds.HEADER), reference);
                GATE_LOG.info(() -> "Answered " + refusal.get().status() + " to " + exchange.getRequestMethod() + " /api (the gate: "
                        + refusal.get().messageKey() + "), reference " + reference);
                exchange.getResponseSender().send(RefusalBodies.withReference(bodies.get(refusal.get().messageKey()), reference),
                        java.nio.charset.StandardCharsets.UTF_8);
                return;
            }
        }
        next.handleRequest(exchange);
    }

    private static void detourLogin(HttpServerExchange exchange, String contextPath) {
        if (exchange.getStatusCode() != 302 && exchange.getStatusCode() != 303) {
            return; // only a redirect can be one to Keycloak's login: the common answer costs nothing here
        }
        HeaderMap headers = exchange.getResponseHeaders();
        String asked = exchange.getRequestURI() + (exchange.getQueryString().isEmpty() ? "" : "?" + exchange.getQueryString());
        LoginDetour.instead(exchange.getStatusCode(), headers.getFirst(Headers.LOCATION), contextPath, asked,
                KeycloakReachability::reachable).ifPresent(page -> {
                    exchange.setStatusCode(302);
                    headers.put(Headers.LOCATION, page);
                });
    }

    private static void secureLoginCookies(HttpServerExchange exchange) {
        for (io.undertow.server.handlers.Cookie cookie : exchange.responseCookies()) {
            if (LOGIN_COOKIE.matcher(cookie.getName()).matches()) {
                cookie.setSecure(true);
            }
        }
    }

    private static void addHeaders(HttpServerExchange exchange) {
        HeaderMap headers = exchange.getResponseHeaders();
        SecurityHeaders.ALWAYS.forEach((name, value) -> {
            HttpString header = new HttpString(name);
            if (!headers.contains(header)) {
                headers.put(header, value);
            }
        });
        if (!headers.contains(CONTENT_SECURITY_POLICY)) {
            headers.put(CONTENT_SECURITY_POLICY, SecurityHeaders.OTHER_POLICY);
        }
    }
}
