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

    /**
     * Whether the portal is reached over https only, so that its cookies are marked {@code Secure}:
     * {@code SAMVERKAN_OIDC_SSL_REQUIRED} (oidc.json's {@code ssl-required}) set and not {@code none}.
     */
    public static boolean httpsOnly() {
        return httpsOnly(System.getenv("SAMVERKAN_OIDC_SSL_REQUIRED"));
    }

    /**
     * Whether an {@code ssl-required} value ({@code all}, {@code external}, {@code none}, any case;
     * null or blank when unset, which oidc.json reads as {@code none}) means https only.
     */
    static boolean httpsOnly(String sslRequired) {
        return sslRequired != null && !sslRequired.isBlank() && !"none".equalsIgnoreCase(sslRequired.trim());
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
