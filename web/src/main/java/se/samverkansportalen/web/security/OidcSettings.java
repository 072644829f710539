package se.samverkansportalen.web.security;

/**
 * The Keycloak realm and client the portal logs in with, from the same environment variables and
 * defaults as {@code WEB-INF/oidc.json} (which elytron-oidc-client reads itself).
 */
public final class OidcSettings {

    private OidcSettings() {
    }

    /** The realm's address (the token issuer): {@code SAMVERKAN_OIDC_PROVIDER_URL}. */
    public static String providerUrl() {
        String url = setting("SAMVERKAN_OIDC_PROVIDER_URL", "http://localhost:8180/realms/samverkan");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The portal's client id: {@code SAMVERKAN_OIDC_CLIENT_ID}. */
    public static String clientId() {
        return setting("SAMVERKAN_OIDC_CLIENT_ID", "samverkansportalen");
    }

    /** The realm's signing keys (Keycloak's JWKS address). */
    public static String keysUrl() {
        return providerUrl() + "/protocol/openid-connect/certs";
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
