package se.samverkansportalen.web.security;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import se.samverkansportalen.web.Formats;

/**
 * Where a browser goes instead of Keycloak's login page while Keycloak does not answer. WildFly's
 * login check (elytron-oidc-client) sends a browser without a valid login to Keycloak's
 * authorization endpoint before any page or filter of the portal runs; with Keycloak down the
 * browser would show its own "cannot connect" page. {@link PortalGate} asks this rule as each
 * answer is committed: a redirect (302 or 303) to an address on Keycloak's authorization endpoint
 * ({@value #AUTHORIZATION_PATH}), made while {@link KeycloakReachability} says Keycloak does not
 * answer, is turned into a redirect to the portal's own page {@value #PAGE} ("Inloggningen fungerar
 * inte just nu", status 503), which links back to the address asked for so that the login is tried
 * again from there. Users already logged in never meet the rule: they are not sent to Keycloak.
 * Issue 16, "Outages".
 */
public final class LoginDetour {

    /** The portal's page about a login that cannot be made now, within the portal's context path. */
    public static final String PAGE = "/inloggning-ej-tillganglig";
    /** The query parameter of {@link #PAGE} naming the address to try again, within the portal. */
    public static final String BACK = "tillbaka";
    /** The path every OpenID Connect authorization endpoint of Keycloak ends with. */
    static final String AUTHORIZATION_PATH = "/protocol/openid-connect/auth";

    private LoginDetour() {
    }

    /**
     * The address to send the browser to instead of the one the login check chose.
     *
     * @param status the answer's HTTP status
     * @param location its {@code Location} header, or null
     * @param contextPath the portal's context path ({@code /samverkansportalen})
     * @param asked the address asked for, path and query, within the portal
     * @param keycloakAnswers whether Keycloak answers now; asked only for a redirect to its login page
     * @return the portal's page {@value #PAGE} with {@value #BACK}={@code asked} (percent-encoded)
     *         for a 302 or 303 to Keycloak's authorization endpoint while Keycloak does not answer;
     *         empty for any other answer, and while Keycloak answers
     */
    public static Optional<String> instead(int status, String location, String contextPath, String asked, BooleanSupplier keycloakAnswers) {
        if ((status != 302 && status != 303) || location == null || !isAuthorizationEndpoint(location) || keycloakAnswers.getAsBoolean()) {
            return Optional.empty();
        }
        return Optional.of(pageFor(contextPath, asked));
    }

    /**
     * The address to try the login again from: {@code back} when it is a path of this portal
     * (starts with the context path and a slash, not two slashes, no scheme, no backslash or
     * control character), else the portal's start page, so that the page can never send a browser
     * to another site.
     *
     * @param back the {@value #BACK} parameter as received, or null
     * @param contextPath the portal's context path
     * @return a path within the portal
     */
    public static String safeReturn(String back, String contextPath) {
        String start = contextPath + "/";
        if (back == null || !back.startsWith(start) || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return start;
        }
        return back;
    }

    private static boolean isAuthorizationEndpoint(String location) {
        int query = location.indexOf('?');
        String path = query < 0 ? location : location.substring(0, query);
        return path.endsWith(AUTHORIZATION_PATH);
    }

    /**
     * The address of the page about logins not working, within the portal at {@code contextPath},
     * that offers the way back to {@code asked} (percent-encoded into {@value #BACK}).
     */
    public static String pageFor(String contextPath, String asked) {
        return contextPath + PAGE + "?" + BACK + "=" + Formats.percentEncoded(asked);
    }
}
