package se.samverkansportalen.domain.localplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.validation.NumberRule;
import se.samverkansportalen.domain.validation.SwedishNumbers;

/**
 * Uppsala's plan sums its measures' costs against its budget: the sum is exact, a cost or a
 * budget beyond 999 999 999 999 kr is refused when it is set, and an indicator's baseline, target
 * or value must fit its DECIMAL(14, 2) column without rounding.
 */
class LocalPlanCostTest {

    private LocalPlan plan;

    @BeforeEach
    void uppsala() {
        plan = new LocalPlan(LocalPlanShape.MEASURES, "Handlingsplan för den sociala barn- och ungdomsvården");
    }

    @Test
    void the_total_of_the_largest_costs_is_exact() {
        for (int number = 1; number <= 3; number++) {
            plan.addMeasure(number, "Åtgärd " + number).revise(number, "Åtgärd " + number, null, null, null, NumberRule.KRONOR_MAX);
        }
        plan.addMeasure(4, "Utan kostnad");
        assertThat(plan.totalCostSek()).isEqualTo(3 * NumberRule.KRONOR_MAX).isPositive();
    }

    @Test
    void a_cost_or_budget_of_nine_quintillion_kronor_is_refused_where_it_is_set() {
        LocalMeasure measure = plan.addMeasure(1, "Kartläggning");
        assertThatThrownBy(() -> measure.revise(1, "Kartläggning", null, null, null, 9_000_000_000_000_000_000L))
                .isInstanceOfSatisfying(InvalidInputRefusal.class, r -> {
                    assertThat(r.getMessageKey()).isEqualTo(SwedishNumbers.TOO_LARGE);
                    assertThat(r.getField()).isEqualTo("costSek");
                });
        assertThat(measure.getCostSek()).isNull();
        assertThatThrownBy(() -> measure.revise(1, "Kartläggning", null, null, null, -1L))
                .hasFieldOrPropertyWithValue("messageKey", SwedishNumbers.NEGATIVE);
        assertThatThrownBy(() -> plan.describe("Plan", null, null, null, LocalPlanStatus.DRAFT, 1_000_000_000_000L, List.of(), List.of()))
                .hasFieldOrPropertyWithValue("messageKey", SwedishNumbers.TOO_LARGE)
                .hasFieldOrPropertyWithValue("field", "budgetSek");
    }

    @Test
    void costs_stored_before_the_bound_are_refused_as_a_sum_rather_than_wrapped_negative() throws Exception {
        for (int number = 1; number <= 2; number++) {
            LocalMeasure measure = plan.addMeasure(number, "Åtgärd " + number);
            Field cost = LocalMeasure.class.getDeclaredField("costSek");
            cost.setAccessible(true);
            cost.set(measure, 9_000_000_000_000_000_000L);
        }
        assertThatThrownBy(plan::totalCostSek).isInstanceOfSatisfying(InvalidInputRefusal.class,
                r -> assertThat(r.getMessageKey()).isEqualTo(SwedishNumbers.SUM_TOO_LARGE));
    }

    @Test
    void an_indicator_takes_what_its_column_holds_and_refuses_the_rest_unrounded() {
        Indicator indicator = plan.addIndicator(null, "Dagar i jourhem", IndicatorUnit.DAYS, Periodicity.YEAR);
        indicator.describe(null, new BigDecimal("1E+7"), new BigDecimal("2.5"), null);
        assertThat(indicator.getBaseline()).isEqualByComparingTo("10000000");
        assertThatThrownBy(() -> indicator.describe(null, new BigDecimal("1E+12"), null, null))
                .hasFieldOrPropertyWithValue("messageKey", SwedishNumbers.TOO_LARGE).hasFieldOrPropertyWithValue("field", "baseline");
        assertThatThrownBy(() -> indicator.describe(null, null, new BigDecimal("12.345"), null))
                .hasFieldOrPropertyWithValue("messageKey", SwedishNumbers.TOO_MANY_DECIMALS).hasFieldOrPropertyWithValue("field", "target");
        assertThat(indicator.getBaseline()).as("a refused description changes nothing").isEqualByComparingTo("10000000");
        assertThatThrownBy(() -> indicator.record("2021", new BigDecimal("12.345")))
                .hasFieldOrPropertyWithValue("messageKey", SwedishNumbers.TOO_MANY_DECIMALS).hasFieldOrPropertyWithValue("field", "value");
        assertThat(indicator.periods()).isEmpty();
        indicator.record("2021", new BigDecimal("12.34"));
        assertThatThrownBy(() -> indicator.record("2021", new BigDecimal("1E+1000000000")))
                .hasFieldOrPropertyWithValue("messageKey", SwedishNumbers.TOO_LARGE);
        assertThat(indicator.valueFor("2021")).contains(new BigDecimal("12.34"));
    }
}
