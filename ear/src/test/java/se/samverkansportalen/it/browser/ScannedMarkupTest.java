package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page is scanned again only when its markup differs in more than digits: two loads of the same
 * page state share a scan, a page with another word, element or attribute gets its own.
 */
class ScannedMarkupTest {

    private static final String PLAN = "<html lang=\"sv\"><body><h1>Plan 2026</h1><a href=\"plan.xhtml?id=12\">Delmål 1.2</a>"
            + "<input type=\"hidden\" name=\"jakarta.faces.ViewState\" value=\"-4711:815\"></body></html>";

    @Test
    void the_same_page_with_other_ids_dates_and_view_state_has_the_same_key() {
        String again = PLAN.replace("2026", "2027").replace("id=12", "id=1234").replace("-4711:815", "-99:123456");

        assertThat(ScannedMarkup.key(again)).isEqualTo(ScannedMarkup.key(PLAN));
    }

    @Test
    void another_word_element_or_attribute_gives_another_key() {
        assertThat(ScannedMarkup.key(PLAN.replace("Plan", "Rapport"))).isNotEqualTo(ScannedMarkup.key(PLAN));
        assertThat(ScannedMarkup.key(PLAN.replace("<h1>", "<h2>").replace("</h1>", "</h2>"))).isNotEqualTo(ScannedMarkup.key(PLAN));
        assertThat(ScannedMarkup.key(PLAN.replace("<a href", "<a aria-hidden=\"true\" href"))).isNotEqualTo(ScannedMarkup.key(PLAN));
    }

    @Test
    void a_markup_scanned_before_gives_its_findings_and_one_not_scanned_gives_none() {
        ScannedMarkup scanned = new ScannedMarkup();
        String label = "violation label (critical): Form elements must have labels at [#f\\:title]";
        scanned.scanned(ScannedMarkup.key(PLAN), List.of(label));

        assertThat(scanned.findings(ScannedMarkup.key(PLAN.replace("12", "13")))).contains(List.of(label));
        assertThat(scanned.findings(ScannedMarkup.key(PLAN.replace("Plan", "Rapport")))).isEmpty();
        assertThat(scanned.size()).isEqualTo(1);
    }
}
