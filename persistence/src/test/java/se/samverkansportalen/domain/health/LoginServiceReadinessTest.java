package se.samverkansportalen.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoginServiceReadinessTest {

    @AfterEach
    void takeBackTheProbe() {
        LoginServiceProbe.use(null);
    }

    @Test
    void upWhileKeycloakAnswersDownWhileItDoesNot() {
        LoginServiceProbe.use(() -> true);
        assertThat(new LoginServiceReadiness().call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        LoginServiceProbe.use(() -> false);
        assertThat(new LoginServiceReadiness().call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }

    @Test
    void downWhileThePortalHasHandedNoProbeDown() {
        HealthCheckResponse answer = LoginServiceReadiness.of(Optional.empty());
        assertThat(answer.getName()).isEqualTo("keycloak");
        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(new LoginServiceReadiness().call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }
}
