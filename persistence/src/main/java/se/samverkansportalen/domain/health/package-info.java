/**
 * The portal's readiness checks for {@code /health/ready} on WildFly's management port
 * (MicroProfile Health). They live here, in the EAR's {@code lib}, because WildFly 39 registers
 * only the checks its top-level deployment's beans can see: a check in the EAR's web or EJB module
 * is never called (WFLY-12835, "HealthChecks in subdeployments are not registered"; seen here on
 * 2026-12-02). What a check needs from an upper module (whether Keycloak answers) is handed down
 * through {@link se.samverkansportalen.domain.health.LoginServiceProbe} at the portal's start.
 */
package se.samverkansportalen.domain.health;
