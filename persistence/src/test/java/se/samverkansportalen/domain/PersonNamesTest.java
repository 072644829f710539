package se.samverkansportalen.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A user's name of any length fits the columns that record who did something. */
class PersonNamesTest {

    @Test
    void a_display_name_longer_than_its_columns_is_cut_with_an_ellipsis() {
        String name = PersonNames.displayName("Maria ".repeat(100));

        assertThat(name).hasSize(PersonNames.DISPLAY_NAME_MAX).endsWith("…");
    }

    @Test
    void a_cut_never_splits_an_emoji() {
        String name = PersonNames.displayName("a".repeat(PersonNames.DISPLAY_NAME_MAX - 2) + "😀😀😀");

        assertThat(name.length()).isLessThanOrEqualTo(PersonNames.DISPLAY_NAME_MAX);
        assertThat(Character.isHighSurrogate(name.charAt(name.length() - 2))).isFalse();
    }

    @Test
    void a_name_within_the_limit_is_kept_as_it_is() {
        assertThat(PersonNames.displayName("Maria Lundgren")).isEqualTo("Maria Lundgren");
        assertThat(PersonNames.username(null)).isNull();
    }
}
