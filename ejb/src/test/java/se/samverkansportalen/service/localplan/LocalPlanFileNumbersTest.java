package se.samverkansportalen.service.localplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;

/**
 * A plan file's numbers meet the same rule as typed ones: a cost of 1e12 kronor, a value with
 * three decimals or a number of two thousand digits is refused naming where in the file it is,
 * never rounded and never a 500; a ratio computed from itself is refused where it is written.
 */
class LocalPlanFileNumbersTest {

    @Test
    void a_cost_a_budget_or_a_value_beyond_its_column_is_refused_naming_where_it_is() {
        assertRefused(measures("\"costSek\": 1e12"), "localplan.import.numberTooLarge", "plan.measures[1].costSek",
                "999\u00a0999\u00a0999\u00a0999");
        assertRefused(measures("\"costSek\": 9000000000000000000"), "localplan.import.numberTooLarge",
                "plan.measures[1].costSek", "999\u00a0999\u00a0999\u00a0999");
        assertRefused(measures("\"costSek\": -5"), "localplan.import.negative", "plan.measures[1].costSek");
        assertRefused(measures("\"costSek\": 100.5"), "localplan.import.notWholeNumber", "plan.measures[1].costSek");
        assertRefused("""
                {"plan": {"shape": "measures", "title": "Plan", "budgetSek": 1e1000000000, "measures": []}}
                """, "localplan.import.numberTooLarge", "plan.budgetSek", "999\u00a0999\u00a0999\u00a0999");
        assertRefused(indicators("""
                {"name": "Andel", "unit": "percent", "values": {"2020-01": 12.345}}
                """), "localplan.import.tooManyDecimals", "plan.goals[1].risks[1].indicators[1].values.2020-01", "2");
        assertRefused(indicators("""
                {"name": "Andel", "unit": "percent", "baseline": 1e12, "values": {}}
                """), "localplan.import.numberTooLarge", "plan.goals[1].risks[1].indicators[1].baseline",
                "999\u00a0999\u00a0999\u00a0999,99");
    }

    @Test
    void a_negative_count_share_or_days_is_refused_naming_where_it_is_as_on_the_indikator_page() {
        assertRefused(indicators("""
                {"name": "Antal", "unit": "count", "values": {"2020-01": -1}}
                """), "localplan.import.negative", "plan.goals[1].risks[1].indicators[1].values.2020-01");
        assertRefused(indicators("""
                {"name": "Andel", "unit": "percent", "baseline": -2.5, "values": {"2020-01": 1}}
                """), "localplan.import.negative", "plan.goals[1].risks[1].indicators[1].baseline");
    }

    @Test
    void a_count_with_decimals_is_refused_naming_where_it_is_as_on_the_indikator_page() {
        assertRefused(indicators("""
                {"name": "Antal", "unit": "count", "values": {"2020-01": 12.5}}
                """), "localplan.import.notWholeNumber", "plan.goals[1].risks[1].indicators[1].values.2020-01");
        assertRefused(indicators("""
                {"name": "Antal", "unit": "count", "baseline": 2.25, "values": {}}
                """), "localplan.import.notWholeNumber", "plan.goals[1].risks[1].indicators[1].baseline");
        LocalPlanFile.Contents whole = LocalPlanFile.read(bytes(indicators("""
                {"name": "Antal", "unit": "count", "baseline": 4.0, "values": {"2020-01": 12.00}}
                """)));
        assertThat(whole.goals().get(0).risks().get(0).indicators().get(0).values().get("2020-01")).isEqualByComparingTo("12");
    }

    @Test
    void a_number_the_json_reader_cannot_hold_is_refused_not_a_failure() {
        assertRefused(measures("\"costSek\": 1" + "0".repeat(2000)), "localplan.import.hugeNumber");
        assertRefused(measures("\"costSek\": 1e99999999999"), "localplan.import.hugeNumber");
    }

    @Test
    void numbers_within_their_columns_are_read_by_value() {
        LocalPlanFile.Contents contents = LocalPlanFile.read(bytes(measures("\"costSek\": 1e7")));
        assertThat(contents.measures().get(0).costSek()).isEqualTo(10_000_000L);
        assertThat(contents.totalCostSek()).isEqualTo(10_000_000L);
        LocalPlanFile.Contents risks = LocalPlanFile.read(bytes(indicators("""
                {"name": "Kostnad", "unit": "sek", "baseline": -2.50, "values": {"2020-01": 12.340}}
                """)));
        LocalPlanFile.IndicatorData indicator = risks.goals().get(0).risks().get(0).indicators().get(0);
        assertThat(indicator.baseline()).isEqualByComparingTo("-2.5");
        assertThat(indicator.values().get("2020-01")).isEqualByComparingTo(new BigDecimal("12.34"));
    }

    @Test
    void a_ratio_computed_from_itself_is_refused_where_it_is_written() {
        assertRefused(indicators("""
                {"key": "a", "name": "A", "unit": "percent", "derived": "b / c"},
                {"key": "b", "name": "B", "unit": "percent", "derived": "a / c"},
                {"key": "c", "name": "C", "unit": "count", "values": {"2020-01": 4}}
                """), "localplan.import.ratioCycle", "plan.goals[1].risks[1].indicators[1].derived", "a");
        assertRefused(indicators("""
                {"key": "c", "name": "C", "unit": "count", "values": {"2020-01": 4}},
                {"key": "a", "name": "A", "unit": "percent", "derived": "a / c"}
                """), "localplan.import.ratioCycle", "plan.goals[1].risks[1].indicators[2].derived", "a");
    }

    private static String measures(String cost) {
        return """
                {"plan": {"shape": "measures", "title": "Plan", "measures": [{"number": 1, "title": "Första", %s}]}}
                """.formatted(cost);
    }

    private static String indicators(String rows) {
        return """
                {"plan": {"shape": "risk-based", "title": "Plan", "goals": [{"title": "Mål", "risks": [
                  {"number": "1.1", "title": "Risk", "indicators": [%s]}]}]}}
                """.formatted(rows);
    }

    private static byte[] bytes(String file) {
        return file.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertRefused(String file, String key, String... arguments) {
        assertThatThrownBy(() -> LocalPlanFile.read(bytes(file)))
                .isInstanceOfSatisfying(InvalidInputRefusal.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(key);
                    assertThat(e.getArguments()).containsExactly(arguments);
                });
    }
}
