package se.samverkansportalen.domain.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check {@value #NAME} of {@code /health/ready}: UP while a connection of the portal's
 * datasource passes MariaDB's validity check within {@value #TIMEOUT_SECONDS} s; DOWN while the
 * database cannot be reached (the portal then answers its pages and API with 503), naming the
 * fault's type only (never its text, which may hold addresses or SQL). For the IT department's
 * monitoring; a cluster's balancer reads {@code /health/started} instead, so that users keep
 * getting the portal's own pages during an outage every node shares. Issue 17, "Operations".
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    /** The check's name in the health answer. */
    public static final String NAME = "mariadb";
    /** How long MariaDB's validity check may take, in seconds. */
    static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/SamverkanDS")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        return check(dataSource);
    }

    /** UP when a connection of this datasource is valid; DOWN with the fault's type when none can be had. */
    static HealthCheckResponse check(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS) ? new HealthCheckResponse(NAME, HealthCheckResponse.Status.UP, Optional.empty())
                    : new HealthCheckResponse(NAME, HealthCheckResponse.Status.DOWN, Optional.of(Map.of("fault", "invalid connection")));
        } catch (SQLException | RuntimeException e) {
            return new HealthCheckResponse(NAME, HealthCheckResponse.Status.DOWN, Optional.of(Map.of("fault", e.getClass().getSimpleName())));
        }
    }
}
