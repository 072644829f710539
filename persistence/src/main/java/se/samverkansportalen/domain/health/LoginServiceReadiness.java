package se.samverkansportalen.domain.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check {@value #NAME} of {@code /health/ready}: UP while Keycloak, the portal's login
 * service, answers its realm's discovery document (the web module's probe, handed down through
 * {@link LoginServiceProbe}: at most 2 s, its answer kept 5 s, so a monitor polling every second
 * costs one probe per 5 s); DOWN while it does not (new logins then get the portal's page about it;
 * users already logged in keep working) and while the portal has not started. Issue 17, "Operations".
 */
@Readiness
@ApplicationScoped
public class LoginServiceReadiness implements HealthCheck {

    /** The check's name in the health answer. */
    public static final String NAME = "keycloak";

    @Override
    public HealthCheckResponse call() {
        return of(LoginServiceProbe.answers());
    }

    /** UP for an answer that it does; DOWN for one that it does not, or none. */
    static HealthCheckResponse of(Optional<Boolean> answers) {
        if (answers.isEmpty()) {
            return new HealthCheckResponse(NAME, HealthCheckResponse.Status.DOWN, Optional.of(Map.of("fault", "portal not started")));
        }
        return new HealthCheckResponse(NAME, answers.get() ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN, Optional.empty());
    }
}
