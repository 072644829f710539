package se.samverkansportalen.web.about;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The statement's contact address: the environment's, or a placeholder when none is set. */
class AccessibilityStatementBackingTest {

    @Test
    void the_configured_address_is_used_and_a_missing_one_falls_back_to_the_placeholder() {
        assertThat(AccessibilityStatementBacking.contact(" tillganglighet@regionvasterbotten.se ")).isEqualTo("tillganglighet@regionvasterbotten.se");
        assertThat(AccessibilityStatementBacking.contact(null)).isEqualTo(AccessibilityStatementBacking.DEFAULT_CONTACT);
        assertThat(AccessibilityStatementBacking.contact("  ")).isEqualTo(AccessibilityStatementBacking.DEFAULT_CONTACT);
    }
}
