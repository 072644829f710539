package se.samverkansportalen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OidcSettingsTest {

    @Test
    void cookiesAreSecureUnlessSslIsNotRequired() {
        assertThat(OidcSettings.httpsOnly("all")).isTrue();
        assertThat(OidcSettings.httpsOnly(" External ")).isTrue();
        assertThat(OidcSettings.httpsOnly("none")).isFalse();
        assertThat(OidcSettings.httpsOnly("NONE")).isFalse();
        assertThat(OidcSettings.httpsOnly(null)).as("unset: oidc.json reads none").isFalse();
        assertThat(OidcSettings.httpsOnly(" ")).isFalse();
    }
}
