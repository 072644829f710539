package se.samverkansportalen.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.List;
import java.util.logging.Logger;
import se.samverkansportalen.domain.health.LoginServiceProbe;

/**
 * Checks at start that the portal does not run on the demo secrets committed in the repository
 * ({@link DemoSecrets}): a start that is not a demo and lacks its own secrets is refused (the
 * deployment fails, naming the environment variables to set); a demo start says in the log that it
 * is one. Also marks the session cookie {@code Secure} when the portal is reached over https
 * ({@code SAMVERKAN_OIDC_SSL_REQUIRED} other than {@code none}, as oidc.json reads it).
 */
@WebListener
public class PortalStartup implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean demo = DemoSecrets.isDemo(System.getenv(), System.getProperty("samverkan.demo"));
        List<String> refused = DemoSecrets.refused(System.getenv(), demo);
        if (!refused.isEmpty()) {
            throw new IllegalStateException("Samverkansportalen does not start with the demo secrets committed in the repository: set "
                    + String.join(" and ", refused) + " to this installation's own secrets (or SAMVERKAN_DEMO=true for a demo).");
        }
        if (demo) {
            LOG.warning("DEMO start (SAMVERKAN_DEMO / samverkan.demo): the portal may run on the demo secrets committed in the "
                    + "repository. Never use a demo start for real data.");
        }
        // /health/ready's check "keycloak" asks the same probe as the login detour (domain/health).
        LoginServiceProbe.use(KeycloakReachability::reachable);
        if (OidcSettings.httpsOnly()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    /** Stops answering the readiness check about Keycloak (the portal is going away). */
    @Override
    public void contextDestroyed(ServletContextEvent event) {
        LoginServiceProbe.use(null);
    }
}
