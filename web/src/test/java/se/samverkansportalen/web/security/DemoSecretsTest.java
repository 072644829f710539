package se.samverkansportalen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A production start refuses the secrets committed in the repository; a demo start may use them. */
class DemoSecretsTest {

    @Test
    void aStartWithoutEnvironmentIsRefusedNamingBothSecrets() {
        assertThat(DemoSecrets.refused(Map.of(), false))
                .containsExactly("SAMVERKAN_OIDC_CLIENT_SECRET", "SAMVERKAN_REMINDER_CLIENT_SECRET");
    }

    @Test
    void theCommittedValuesSetExplicitlyAreRefusedToo() {
        assertThat(DemoSecrets.refused(Map.of("SAMVERKAN_OIDC_CLIENT_SECRET", "dev-only-secret-change-me",
                "SAMVERKAN_REMINDER_CLIENT_SECRET", "s3cr3t-of-this-installation"), false))
                .containsExactly("SAMVERKAN_OIDC_CLIENT_SECRET");
        assertThat(DemoSecrets.refused(Map.of("SAMVERKAN_OIDC_CLIENT_SECRET", "own",
                "SAMVERKAN_REMINDER_CLIENT_SECRET", " "), false))
                .containsExactly("SAMVERKAN_REMINDER_CLIENT_SECRET");
    }

    @Test
    void ownSecretsStart() {
        assertThat(DemoSecrets.refused(Map.of("SAMVERKAN_OIDC_CLIENT_SECRET", "a",
                "SAMVERKAN_REMINDER_CLIENT_SECRET", "b"), false)).isEmpty();
    }

    @Test
    void aDemoSaysSoAndMayUseTheCommittedSecrets() {
        assertThat(DemoSecrets.isDemo(Map.of("SAMVERKAN_DEMO", "true"), null)).isTrue();
        assertThat(DemoSecrets.isDemo(Map.of(), "true")).isTrue();
        assertThat(DemoSecrets.isDemo(Map.of(), null)).isFalse();
        assertThat(DemoSecrets.isDemo(Map.of("SAMVERKAN_DEMO", "false"), "no")).isFalse();
        assertThat(DemoSecrets.refused(Map.of(), true)).isEmpty();
    }
}
