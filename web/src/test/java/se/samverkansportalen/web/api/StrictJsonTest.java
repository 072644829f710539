package se.samverkansportalen.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.web.localplan.MeasureRequest;
import se.samverkansportalen.web.report.ReportRequest;
import se.samverkansportalen.web.report.ReportResource;

/** What a kommun's system sends is read as sent, or refused: never silently changed. */
class StrictJsonTest {

    @Test
    void whole_numbers_and_texts_are_read_as_sent() {
        MeasureRequest form = StrictJson.jsonb().fromJson("{\"title\":\"Samtal\",\"number\":3,\"costSek\":450000}", MeasureRequest.class);

        assertThat(form.title()).isEqualTo("Samtal");
        assertThat(form.number()).isEqualTo(3);
        assertThat(form.costSek()).isEqualTo(450_000L);
        MeasureRequest empty = StrictJson.jsonb().fromJson("{\"title\":\"Samtal\",\"how\":null,\"costSek\":null,\"number\":null}", MeasureRequest.class);
        assertThat(empty.how()).isNull();
        assertThat(empty.costSek()).isNull();
    }

    @Test
    void a_fraction_in_kronor_is_refused_not_cut() {
        assertThatThrownBy(() -> StrictJson.jsonb().fromJson("{\"title\":\"Samtal\",\"costSek\":1.5}", MeasureRequest.class))
                .hasRootCauseInstanceOf(JsonbException.class);
        assertThat(StrictJson.jsonb().fromJson("{\"title\":\"Samtal\",\"costSek\":2.00}", MeasureRequest.class).costSek()).isEqualTo(2L);
    }

    @Test
    void a_number_too_large_for_its_field_is_refused_not_wrapped() {
        assertThatThrownBy(() -> StrictJson.jsonb().fromJson("{\"costSek\":18446744073709552617}", MeasureRequest.class))
                .isInstanceOf(JsonbException.class);
        assertThatThrownBy(() -> StrictJson.jsonb().fromJson("{\"number\":99999999999}", MeasureRequest.class))
                .isInstanceOf(JsonbException.class);
        assertThatThrownBy(() -> StrictJson.jsonb().fromJson("{\"kind\":\"TERTIAL\",\"year\":2027.9,\"number\":1}",
                ReportResource.NewPeriod.class)).isInstanceOf(JsonbException.class);
    }

    @Test
    void a_list_or_a_number_where_a_text_goes_is_refused() {
        assertThatThrownBy(() -> StrictJson.jsonb().fromJson("{\"title\":[\"a\"]}", MeasureRequest.class)).isInstanceOf(JsonbException.class);
        assertThatThrownBy(() -> StrictJson.jsonb().fromJson("{\"title\":12}", MeasureRequest.class)).isInstanceOf(JsonbException.class);
    }

    @Test
    void a_report_sent_back_as_it_was_read_with_its_history_and_later_changes_reads_its_answers_only() {
        ReportRequest form = StrictJson.jsonb().fromJson("{\"lockVersion\":2,"
                + "\"history\":[{\"kind\":\"SUBMITTED\",\"number\":1,\"by\":\"Maria Lundgren\",\"at\":\"2026-11-30T14:05:00\","
                + "\"returned\":[]}],\"items\":[{\"id\":7,\"key\":\"a1\",\"narrative\":\"Klart\",\"indicators\":[{\"indicatorId\":3,"
                + "\"period\":\"2026-10\",\"value\":12,\"changedAfterSubmission\":true,\"laterValue\":14,\"changedOn\":\"2026-11-30\"}]}]}",
                ReportRequest.class);

        assertThat(form.lockVersion()).isEqualTo(2);
        assertThat(form.items().get(0).narrative()).isEqualTo("Klart");
        assertThat(form.items().get(0).indicators().get(0).value()).isEqualByComparingTo("12");
        assertThat(form.items().get(0).indicators().get(0)).as("a later change is shown, never read")
                .isEqualTo(new ReportRequest.Value(3L, "2026-10", new java.math.BigDecimal("12"), null));
    }
}
