package se.samverkansportalen.web.localplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.localplan.Direction;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.localplan.LocalPlanShape;
import se.samverkansportalen.domain.localplan.LocalPlanStatus;
import se.samverkansportalen.domain.localplan.Periodicity;
import se.samverkansportalen.service.localplan.IndicatorForm;
import se.samverkansportalen.service.localplan.LocalPlanForm;
import se.samverkansportalen.service.localplan.MeasureForm;
import se.samverkansportalen.web.api.StrictJson;

/** The API's own bodies for local plans carry every property a client sends to the service's form, under the names the API has always had. */
class LocalPlanRequestsTest {

    private static <T> T read(String json, Class<T> type) {
        return StrictJson.jsonb().fromJson(json, type);
    }

    @Test
    void a_plan_body_reaches_the_form_whole() {
        PlanRequest body = read("""
                {"shape":"RISK_BASED","title":"Plan 2027","registrationNumber":"SN 2026/12","decidedOn":"2026-11-20",
                 "decidedBy":"Socialnämnden","status":"ADOPTED","budgetSek":450000,"objectives":"Ett\\nTvå",
                 "focusAreas":"Skola","lockVersion":4}""", PlanRequest.class);

        LocalPlanForm form = body.toForm(7L);

        assertThat(form.getId()).isEqualTo(7L);
        assertThat(form.getLockVersion()).isEqualTo(4);
        assertThat(form.getShape()).isEqualTo(LocalPlanShape.RISK_BASED);
        assertThat(form.getTitle()).isEqualTo("Plan 2027");
        assertThat(form.getRegistrationNumber()).isEqualTo("SN 2026/12");
        assertThat(form.getDecidedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(form.getDecidedBy()).isEqualTo("Socialnämnden");
        assertThat(form.getStatus()).isEqualTo(LocalPlanStatus.ADOPTED);
        assertThat(form.getBudgetSek()).isEqualTo(450_000L);
        assertThat(form.getObjectives()).isEqualTo("Ett\nTvå");
        assertThat(form.getFocusAreas()).isEqualTo("Skola");
    }

    @Test
    void a_plan_body_without_shape_or_status_is_a_draft_of_measures() {
        LocalPlanForm form = read("{\"title\":\"Plan\"}", PlanRequest.class).toForm(null);

        assertThat(form.getShape()).isEqualTo(LocalPlanShape.MEASURES);
        assertThat(form.getStatus()).isEqualTo(LocalPlanStatus.DRAFT);
        assertThat(form.isNew()).isTrue();
        assertThat(form.getLockVersion()).as("no version is version 0").isZero();
    }

    @Test
    void a_measure_body_reaches_the_form_whole() {
        MeasureRequest body = read("""
                {"number":3,"title":"Samtal","how":"Varje vecka","result":"Färre placeringar","dueOn":"2027-06-30",
                 "costSek":120000,"subGoalItemKeys":["1.1.1","1.1.2"],"lockVersion":2}""", MeasureRequest.class);

        MeasureForm form = body.toForm(5L, 9L);

        assertThat(form.getPlanId()).isEqualTo(5L);
        assertThat(form.getId()).isEqualTo(9L);
        assertThat(form.getLockVersion()).isEqualTo(2);
        assertThat(form.getNumber()).isEqualTo(3);
        assertThat(form.getTitle()).isEqualTo("Samtal");
        assertThat(form.getHow()).isEqualTo("Varje vecka");
        assertThat(form.getResult()).isEqualTo("Färre placeringar");
        assertThat(form.getDueOn()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(form.getCostSek()).isEqualTo(120_000L);
        assertThat(form.getSubGoalItemKeys()).containsExactly("1.1.1", "1.1.2");
    }

    @Test
    void an_indicator_body_reaches_the_form_whole_with_its_rows() {
        IndicatorRequest body = read("""
                {"id":11,"name":"Placerade barn","unit":"PERCENT","direction":"LOWER_IS_BETTER","baseline":12.5,"target":10,
                 "periodicity":"TERTIAL","numeratorId":3,"denominatorId":4,"note":"Från verksamhetssystemet",
                 "rows":[{"period":"2026-T1","value":11.25},{"period":"2026-T2","missing":true}],"lockVersion":6}""",
                IndicatorRequest.class);

        IndicatorForm form = body.toForm(5L);

        assertThat(form.getPlanId()).isEqualTo(5L);
        assertThat(form.getId()).isEqualTo(11L);
        assertThat(form.getLockVersion()).isEqualTo(6);
        assertThat(form.getName()).isEqualTo("Placerade barn");
        assertThat(form.getUnit()).isEqualTo(IndicatorUnit.PERCENT);
        assertThat(form.getDirection()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(form.getBaseline()).isEqualByComparingTo("12.5");
        assertThat(form.getTarget()).isEqualByComparingTo("10");
        assertThat(form.getPeriodicity()).isEqualTo(Periodicity.TERTIAL);
        assertThat(form.getNumeratorId()).isEqualTo(3L);
        assertThat(form.getDenominatorId()).isEqualTo(4L);
        assertThat(form.getNote()).isEqualTo("Från verksamhetssystemet");
        assertThat(form.getRows()).extracting(IndicatorForm.Row::getPeriod, IndicatorForm.Row::getValue, IndicatorForm.Row::isMissing)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-T1", new BigDecimal("11.25"), false),
                        org.assertj.core.groups.Tuple.tuple("2026-T2", null, true));
    }

    @Test
    void an_indicator_body_without_unit_periodicity_or_rows_is_a_monthly_count_without_values() {
        IndicatorForm form = read("{\"name\":\"Anmälningar\"}", IndicatorRequest.class).toForm(5L);

        assertThat(form.getUnit()).isEqualTo(IndicatorUnit.COUNT);
        assertThat(form.getPeriodicity()).isEqualTo(Periodicity.MONTH);
        assertThat(form.getRows()).isEmpty();
        assertThat(form.isNew()).isTrue();
    }
}
