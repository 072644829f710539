package se.samverkansportalen.web.security;

import java.util.Locale;
import java.util.Optional;

/**
 * Who may knock on the REST API ({@code /api/...}) at all, decided before the server looks at any
 * login: a caller proves itself with an access token in the {@code Authorization: Bearer} header
 * and nothing else. The browser's session cookie does not count (a page of another site could
 * make the browser send it), a token in the address is refused (addresses end up in logs and
 * browser history), and a write must say that it sends JSON (a cross-site HTML form can only send
 * form or plain-text bodies). The token itself (signature, expiry, audience) is then checked by
 * elytron-oidc-client ({@code WEB-INF/oidc.json}: {@code verify-token-audience},
 * {@code ignore-oauth-query-parameter}). Issue 12, "Sessions".
 */
public final class ApiGate {

    /** A refused request: its HTTP status and the message key of its Swedish text. */
    public record Refusal(int status, String messageKey) {
    }

    private ApiGate() {
    }

    /**
     * The refusal for an API request, or empty when it may go on to the login check.
     *
     * @param method the HTTP method
     * @param queryHasAccessToken whether the address carries an {@code access_token} parameter
     * @param authorization the {@code Authorization} header, or null
     * @param contentType the {@code Content-Type} header, or null
     * @return 400 {@code api.error.tokenInAddress} for a token in the address, 401
     *         {@code api.error.bearerOnly} without a bearer token, 415
     *         {@code api.error.unsupportedMediaType} for a POST, PUT or PATCH that is not JSON
     */
    public static Optional<Refusal> check(String method, boolean queryHasAccessToken, String authorization, String contentType) {
        if (queryHasAccessToken) {
            return Optional.of(new Refusal(400, "api.error.tokenInAddress"));
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || authorization.substring(7).isBlank()) {
            return Optional.of(new Refusal(401, "api.error.bearerOnly"));
        }
        if (isWrite(method) && !isJson(contentType)) {
            return Optional.of(new Refusal(415, "api.error.unsupportedMediaType"));
        }
        return Optional.empty();
    }

    private static boolean isWrite(String method) {
        return switch (method.toUpperCase(Locale.ROOT)) {
            case "POST", "PUT", "PATCH" -> true;
            default -> false;
        };
    }

    /** {@code application/json} or a {@code +json} type, with any parameters (charset). */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }
}
