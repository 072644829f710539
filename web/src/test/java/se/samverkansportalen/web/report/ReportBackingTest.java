package se.samverkansportalen.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The item a refused report save is marked at: read from the refusal's field name. */
class ReportBackingTest {

    @Test
    void an_items_field_names_its_place_and_any_other_field_none() {
        assertThat(ReportBacking.itemIndex("items[3].narrative")).isEqualTo(3);
        assertThat(ReportBacking.itemIndex("items[12].indicators[0].value")).isEqualTo(12);
        assertThat(ReportBacking.itemIndex("narrative")).isEqualTo(-1);
        assertThat(ReportBacking.itemIndex(null)).isEqualTo(-1);
    }
}
