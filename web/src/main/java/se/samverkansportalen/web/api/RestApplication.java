package se.samverkansportalen.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The portal's REST API under {@code /api}: the same services as the pages, for a kommun's own
 * systems and for tests. Callers authenticate with a Keycloak access token (Authorization:
 * Bearer); the roles and the kommun come from that token exactly as for a browser login.
 */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
