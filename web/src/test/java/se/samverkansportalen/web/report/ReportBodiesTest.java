package se.samverkansportalen.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.report.ItemStatus;
import se.samverkansportalen.domain.report.ItemType;
import se.samverkansportalen.service.report.ReportDecisions;
import se.samverkansportalen.service.report.ReportForm;
import se.samverkansportalen.web.api.StrictJson;

/**
 * The API's own types for a tertial report: what a client sends reaches the service's form whole,
 * and what the API answers has the properties it answered while it still sent the form itself.
 */
class ReportBodiesTest {

    private static final Jsonb JSONB = StrictJson.jsonb();

    private static final String ANSWERS = """
            {"lockVersion":3,"items":[
              {"id":21,"type":"REGIONAL_ACTIVITY","itemKey":"1.1.1.a","status":"ONGOING","light":"YELLOW","narrative":"Pågår enligt plan",
               "indicators":[{"indicatorId":8,"period":"2026-05","value":14,"valueAsRead":12}]},
              {"type":"LOCAL_MEASURE","itemKey":"44","status":"DONE","light":"GREEN"}]}""";

    @Test
    void the_answers_sent_reach_the_form_whole() {
        ReportForm form = JSONB.fromJson(ANSWERS, ReportRequest.class).toForm(5L);

        assertThat(form.getPeriodId()).isEqualTo(5L);
        assertThat(form.getLockVersion()).isEqualTo(3);
        assertThat(form.getItems()).hasSize(2);
        ReportForm.Item first = form.getItems().get(0);
        assertThat(first.getId()).isEqualTo(21L);
        assertThat(first.getType()).isEqualTo(ItemType.REGIONAL_ACTIVITY);
        assertThat(first.getItemKey()).isEqualTo("1.1.1.a");
        assertThat(first.getStatus()).isEqualTo(ItemStatus.ONGOING);
        assertThat(first.getLight()).isEqualTo(TrafficLight.YELLOW);
        assertThat(first.getNarrative()).isEqualTo("Pågår enligt plan");
        ReportForm.IndicatorValue value = first.getIndicators().get(0);
        assertThat(value.getIndicatorId()).isEqualTo(8L);
        assertThat(value.getPeriod()).isEqualTo("2026-05");
        assertThat(value.getValue()).isEqualByComparingTo("14");
        assertThat(value.getValueAsRead()).isEqualByComparingTo("12");
        ReportForm.Item second = form.getItems().get(1);
        assertThat(second.getId()).as("an item not stored yet is matched by type and key").isZero();
        assertThat(second.getIndicators()).isEmpty();
    }

    @Test
    void a_body_without_a_version_is_read_at_version_0_and_a_null_item_is_left_for_the_service_to_refuse() {
        ReportForm form = JSONB.fromJson("{\"items\":[null]}", ReportRequest.class).toForm(5L);

        assertThat(form.getLockVersion()).isZero();
        assertThat(form.getItems()).containsExactly((ReportForm.Item) null);
    }

    @Test
    void the_answer_has_the_properties_the_api_answered_before_it_had_its_own_types() {
        ReportForm form = JSONB.fromJson(ANSWERS, ReportForm.class);
        form.setPeriodId(5L);

        JsonObject before = json(JSONB.toJson(form));
        JsonObject now = json(JSONB.toJson(ReportResponse.of(form)));

        assertThat(now).isEqualTo(before);
        assertThat(now.getJsonArray("items").getJsonObject(0).getJsonArray("indicators").getJsonObject(0).keySet())
                .contains("indicatorId", "period", "value", "valueAsRead", "suppressed", "changedAfterSubmission");
    }

    @Test
    void a_conflict_carries_the_report_now_as_the_api_answers_it() {
        ReportForm now = JSONB.fromJson(ANSWERS, ReportForm.class);

        assertThatThrownBy(() -> ReportResource.answered(() -> {
            throw ConflictRefusal.withCurrent(now, "Maria Lundgren", "report.error.changedShown");
        })).isInstanceOfSatisfying(ConflictRefusal.class, conflict -> {
            assertThat(conflict.getCurrent()).isEqualTo(ReportResponse.of(now));
            assertThat(conflict.getChangedBy()).isEqualTo("Maria Lundgren");
            assertThat(conflict.getMessageKey()).isEqualTo("report.error.changedShown");
        });
        ConflictRefusal plain = new ConflictRefusal("report.error.changed");
        assertThatThrownBy(() -> ReportResource.answered(() -> {
            throw plain;
        })).isSameAs(plain);
    }

    @Test
    void a_decision_body_reaches_the_form_whole() {
        ReportDecisions.DecisionForm form = JSONB.fromJson(
                "{\"adoptedOn\":\"2026-09-15\",\"decidedBy\":\"Socialnämnden\",\"registrationNumber\":\"SN 2026/117\"}",
                DecisionRequest.class).toForm();

        assertThat(form.getAdoptedOn()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(form.getDecidedBy()).isEqualTo("Socialnämnden");
        assertThat(form.getRegistrationNumber()).isEqualTo("SN 2026/117");
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
