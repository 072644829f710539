package se.samverkansportalen.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The language switch redirects to the page's own address: the query it was shown with, rebuilt
 * from names and values, so that a forged query cannot add a header or leave the page.
 */
class LanguageBackingTest {

    @Test
    void the_query_keeps_every_name_and_value_encoded_again() {
        assertThat(LanguageBacking.query("period=12&q=Ume%C3%A5&antal=25&sida=2")).isEqualTo("period=12&q=Ume%C3%A5&antal=25&sida=2");
        assertThat(LanguageBacking.query("q=Ume\u00e5+l\u00e4n&flag")).isEqualTo("q=Ume%C3%A5%20l%C3%A4n&flag=");
    }

    @Test
    void line_breaks_and_addresses_stay_inside_a_value_and_parts_without_a_name_or_that_do_not_decode_are_left_out() {
        assertThat(LanguageBacking.query("period=1%0D%0ALocation:%20http://evil.example")).isEqualTo("period=1%0D%0ALocation%3A%20http%3A%2F%2Fevil.example");
        assertThat(LanguageBacking.query("=5&&period=%zz&item=a-1")).isEqualTo("item=a-1");
        assertThat(LanguageBacking.query(null)).isEmpty();
        assertThat(LanguageBacking.query("  ")).isEmpty();
    }
}
