package se.samverkansportalen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginDetourTest {

    private static final String CONTEXT = "/samverkansportalen";
    private static final String KEYCLOAK_LOGIN = "http://localhost:8180/realms/samverkan/protocol/openid-connect/auth?response_type=code&client_id=samverkansportalen&state=x";

    @Test
    void aRedirectToKeycloaksLoginWhileKeycloakIsDownGoesToThePortalsPageWithTheAddressAskedFor() {
        assertThat(LoginDetour.instead(302, KEYCLOAK_LOGIN, CONTEXT, "/samverkansportalen/rapport.xhtml?id=7&period=2026-11", () -> false))
                .contains("/samverkansportalen/inloggning-ej-tillganglig?tillbaka=%2Fsamverkansportalen%2Frapport.xhtml%3Fid%3D7%26period%3D2026-11");
        assertThat(LoginDetour.instead(303, KEYCLOAK_LOGIN, CONTEXT, "/samverkansportalen/", () -> false)).isPresent();
    }

    @Test
    void whileKeycloakAnswersTheLoginGoesThereAsBefore() {
        assertThat(LoginDetour.instead(302, KEYCLOAK_LOGIN, CONTEXT, "/samverkansportalen/", () -> true)).isEmpty();
    }

    @Test
    void otherAnswersAreLeftAloneAndDoNotAskKeycloak() {
        AtomicInteger asked = new AtomicInteger();
        java.util.function.BooleanSupplier down = () -> {
            asked.incrementAndGet();
            return false;
        };
        assertThat(LoginDetour.instead(200, null, CONTEXT, "/samverkansportalen/", down)).isEmpty();
        assertThat(LoginDetour.instead(302, "/samverkansportalen/index.xhtml", CONTEXT, "/samverkansportalen/", down)).isEmpty();
        assertThat(LoginDetour.instead(302, "http://localhost:8180/realms/samverkan/protocol/openid-connect/logout?x=1", CONTEXT, "/", down)).isEmpty();
        assertThat(LoginDetour.instead(302, "/samverkansportalen/sok.xhtml?q=/protocol/openid-connect/auth", CONTEXT, "/", down)).isEmpty();
        assertThat(LoginDetour.instead(401, KEYCLOAK_LOGIN, CONTEXT, "/", down)).isEmpty();
        assertThat(asked).hasValue(0);
    }

    @Test
    void thePageLinksBackOnlyWithinThePortal() {
        assertThat(LoginDetour.safeReturn("/samverkansportalen/rapport.xhtml?id=7", CONTEXT)).isEqualTo("/samverkansportalen/rapport.xhtml?id=7");
        assertThat(LoginDetour.safeReturn(null, CONTEXT)).isEqualTo("/samverkansportalen/");
        assertThat(LoginDetour.safeReturn("https://angripare.example/samverkansportalen/", CONTEXT)).isEqualTo("/samverkansportalen/");
        assertThat(LoginDetour.safeReturn("//angripare.example/samverkansportalen/", CONTEXT)).isEqualTo("/samverkansportalen/");
        assertThat(LoginDetour.safeReturn("/samverkansportalenx/", CONTEXT)).isEqualTo("/samverkansportalen/");
        assertThat(LoginDetour.safeReturn("/samverkansportalen/\\\\angripare.example", CONTEXT)).isEqualTo("/samverkansportalen/");
        assertThat(LoginDetour.safeReturn("/samverkansportalen/a\r\nSet-Cookie: x=1", CONTEXT)).isEqualTo("/samverkansportalen/");
    }

    @Test
    void keycloaksAnswerIsKeptFiveSecondsThenAskedAgain() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        AtomicInteger probes = new AtomicInteger();
        boolean[] up = {false};
        KeycloakReachability reachability = new KeycloakReachability(() -> {
            probes.incrementAndGet();
            return up[0];
        }, now::get);
        assertThat(reachability.answers()).isFalse();
        up[0] = true;
        now.addAndGet(4_900_000_000L);
        assertThat(reachability.answers()).as("kept for 5 s").isFalse();
        assertThat(probes).hasValue(1);
        now.addAndGet(200_000_000L);
        assertThat(reachability.answers()).as("asked again after 5 s: logins work again without a restart").isTrue();
        assertThat(probes).hasValue(2);
    }

    @Test
    void whileOneCallerProbesTheOthersGetTheLastAnswerAtOnce() throws Exception {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        java.util.concurrent.CountDownLatch probing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        AtomicInteger probes = new AtomicInteger();
        KeycloakReachability reachability = new KeycloakReachability(() -> {
            if (probes.incrementAndGet() == 2) {
                probing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }
            return true;
        }, now::get);
        assertThat(reachability.answers()).isTrue();
        now.addAndGet(6_000_000_000L);
        java.util.concurrent.Future<Boolean> slow = java.util.concurrent.Executors.newSingleThreadExecutor().submit(reachability::answers);
        probing.await();

        // Blocked behind the probe, this call would time out: the probe is released only after it.
        java.util.concurrent.Future<Boolean> other = java.util.concurrent.Executors.newSingleThreadExecutor().submit(reachability::answers);
        assertThat(other.get(10, java.util.concurrent.TimeUnit.SECONDS)).as("the last answer, not a wait for the probe under way").isTrue();
        release.countDown();
        assertThat(slow.get()).isFalse();
        assertThat(reachability.answers()).as("the probe's answer from then on").isFalse();
        assertThat(probes).hasValue(2);
    }
}
