package se.samverkansportalen.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnversionedPathsTest {

    @Test
    void anUnversionedApiPathIsServedByItsVersionedTwin() {
        assertThat(UnversionedPaths.twin("/api/lokala-planer")).isEqualTo("/api/v1/lokala-planer");
        assertThat(UnversionedPaths.twin("/api/rapporter/12/inskickning")).isEqualTo("/api/v1/rapporter/12/inskickning");
        assertThat(UnversionedPaths.twin("/api/v10/x")).as("another segment that starts like the version").isEqualTo("/api/v1/v10/x");
    }

    @Test
    void aVersionedPathOrOneOutsideTheApiIsLeftAlone() {
        assertThat(UnversionedPaths.twin("/api/v1/lokala-planer")).isNull();
        assertThat(UnversionedPaths.twin("/api/v1")).isNull();
        assertThat(UnversionedPaths.twin("/rapport/matris.xhtml")).isNull();
        assertThat(UnversionedPaths.twin("/apix/lokala-planer")).isNull();
    }
}
