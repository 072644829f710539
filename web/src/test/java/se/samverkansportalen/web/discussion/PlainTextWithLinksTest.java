package se.samverkansportalen.web.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A comment shows what its author wrote, links included, and never runs markup someone typed. */
class PlainTextWithLinksTest {

    private final PlainTextWithLinks format = new PlainTextWithLinks();

    @Test
    void markup_in_a_comment_is_shown_as_text_not_run() {
        assertThat(format.html("<script>alert('x')</script> & <b>fet</b>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;fet&lt;/b&gt;");
    }

    @Test
    void web_addresses_become_links_without_the_sentence_punctuation() {
        assertThat(format.html("Se https://www.socialstyrelsen.se/bbic, sidan 4."))
                .isEqualTo("Se <a href=\"https://www.socialstyrelsen.se/bbic\" rel=\"noopener noreferrer nofollow\">"
                        + "https://www.socialstyrelsen.se/bbic</a>, sidan 4.");
    }

    @Test
    void a_link_cannot_break_out_of_its_attribute() {
        assertThat(format.html("https://example.org/a\"onmouseover=alert(1)"))
                .startsWith("<a href=\"https://example.org/a\" rel=")
                .contains("&quot;onmouseover=alert(1)");
    }

    @Test
    void javascript_addresses_stay_text() {
        assertThat(format.html("javascript:alert(1)")).isEqualTo("javascript:alert(1)");
    }

    @Test
    void line_breaks_are_kept() {
        assertThat(format.html("Rad ett\nRad två")).isEqualTo("Rad ett<br/>Rad två");
    }
}
