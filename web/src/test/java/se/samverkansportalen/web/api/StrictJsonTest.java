package se.samverkansportalen.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.service.localplan.MeasureForm;
import se.samverkansportalen.web.report.ReportResource;

/** What a kommun's system sends is read as sent, or refused: never silently changed. */
class StrictJsonTest {

    @Test
    void whole_numbers_and_texts_are_read_as_sent() {
        MeasureForm form = StrictJson.jsonb().fromJson("{\"title\":\"Samtal\",\"number\":3,\"costSek\":450000}", MeasureForm.class);

        assertThat(form.getTitle()).isEqualTo("Samtal");
        assertThat(form.getNumber()).isEqualTo(3);
        assertThat(form.getCostSek()).isEqualTo(450_000L);
        MeasureForm empty = StrictJson.jsonb().fromJson("{\"title\":\"Samtal\",\"how\":null,\"costSek\":null,\"number\":null}", MeasureForm.class);
        assertThat(empty.getHow()).isNull();
        assertThat(empty.getCostSek()).isNull();
    }

    @Test
    void a_fraction_in_kronor_is_refused_not_cut() {
        assertThatThrownBy(() -> StrictJson.jsonb().fromJson("{\"title\":\"Samtal\",\"costSek\":1.5}", MeasureForm.class))
                .hasRootCauseInstanceOf(JsonbException.class);
        assertThat(StrictJson.jsonb().fromJson("{\"title\":\"Samtal\",\"costSek\":2.00}", MeasureForm.class).getCostSek()).isEqualTo(2L);
    }

    @Test
    void a_number_too_large_for_its_field_is_refused_not_wrapped() {
        assertThatThrownBy(() -> StrictJson.jsonb().fromJson("{\"costSek\":18446744073709552617}", MeasureForm.class))
                .isInstanceOf(JsonbException.class);
        assertThatThrownBy(() -> StrictJson.jsonb().fromJson("{\"number\":99999999999}", MeasureForm.class))
                .isInstanceOf(JsonbException.class);
        assertThatThrownBy(() -> StrictJson.jsonb().fromJson("{\"kind\":\"TERTIAL\",\"year\":2027.9,\"number\":1}",
                ReportResource.NewPeriod.class)).isInstanceOf(JsonbException.class);
    }

    @Test
    void a_list_or_a_number_where_a_text_goes_is_refused() {
        assertThatThrownBy(() -> StrictJson.jsonb().fromJson("{\"title\":[\"a\"]}", MeasureForm.class)).isInstanceOf(JsonbException.class);
        assertThatThrownBy(() -> StrictJson.jsonb().fromJson("{\"title\":12}", MeasureForm.class)).isInstanceOf(JsonbException.class);
    }

    @Test
    void a_report_sent_back_as_it_was_read_with_its_history_and_later_changes_reads_its_answers_only() {
        se.samverkansportalen.service.report.ReportForm form = StrictJson.jsonb().fromJson("{\"lockVersion\":2,"
                + "\"history\":[{\"kind\":\"SUBMITTED\",\"number\":1,\"by\":\"Maria Lundgren\",\"at\":\"2026-11-30T14:05:00\","
                + "\"returned\":[]}],\"items\":[{\"id\":7,\"key\":\"a1\",\"narrative\":\"Klart\",\"indicators\":[{\"indicatorId\":3,"
                + "\"period\":\"2026-10\",\"value\":12,\"changedAfterSubmission\":true,\"laterValue\":14,\"changedOn\":\"2026-11-30\"}]}]}",
                se.samverkansportalen.service.report.ReportForm.class);

        assertThat(form.getLockVersion()).isEqualTo(2);
        assertThat(form.getHistory()).as("shown, never read").isEmpty();
        assertThat(form.getItems().get(0).getNarrative()).isEqualTo("Klart");
        assertThat(form.getItems().get(0).getIndicators().get(0).getValue()).isEqualByComparingTo("12");
        assertThat(form.getItems().get(0).getIndicators().get(0).isChangedAfterSubmission()).isFalse();
    }
}
