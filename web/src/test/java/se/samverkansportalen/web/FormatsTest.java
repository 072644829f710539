package se.samverkansportalen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The plan page writes its ~120 links as plain addresses: a delmål's text with å, &, # or a line
 * break must reach the discussion page whole, and never end the parameter or the address.
 */
class FormatsTest {

    private final Formats formats = new Formats();

    @Test
    void a_query_value_keeps_every_character_and_cannot_end_the_parameter() {
        String subject = "Delmål 1.2: Barn & unga #1 + 50 %\nny rad?x=1";
        String address = "http://localhost/samverkan/plan/diskussion.xhtml?typ=SUB_GOAL&om=" + formats.query(subject);
        URI uri = URI.create(address);
        assertThat(uri.getRawQuery()).startsWith("typ=SUB_GOAL&om=").doesNotContain(" ", "\n", "#", "?x", "&x");
        assertThat(uri.getFragment()).isNull();
        assertThat(uri.getQuery()).isEqualTo("typ=SUB_GOAL&om=" + subject);
        assertThat(formats.query("Delmål 1.2")).isEqualTo("Delm%C3%A5l%201.2");
        assertThat(formats.query(null)).isEmpty();
    }

    @Test
    void a_message_fills_its_places_as_the_bundle_writes_them() {
        Locale swedish = Locale.forLanguageTag("sv-SE");
        assertThat(Formats.formatted(swedish, "Område {0}: {1}", 3, "Barn i familjehem")).isEqualTo("Område 3: Barn i familjehem");
        assertThat(Formats.formatted(swedish, "för delmål {0}", "1.2")).isEqualTo("för delmål 1.2");
        assertThat(Formats.formatted(swedish, "{0} kommuner", 1200)).isEqualTo("1\u00a0200 kommuner");
        assertThat(Formats.formatted(Locale.ENGLISH, "{0} kommuner", 1200)).isEqualTo("1,200 kommuner");
        assertThat(Formats.formatted(swedish, null, 2)).isEmpty();
    }
}
