package se.samverkansportalen.domain.localplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nacka follows jourhem placements month by month: the share lasting over six months is computed
 * from the two counts, May is missing and stays missing, and nobody can type the share by hand.
 */
class IndicatorTest {

    private static final List<String> MONTHS = List.of("2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06");

    private Indicator overSixMonths;
    private Indicator all;
    private Indicator share;

    @BeforeEach
    void nacka() {
        LocalPlan plan = new LocalPlan(LocalPlanShape.RISK_BASED, "Åtgärdsplan 2020 barn- och familjeenheten");
        Risk risk = plan.addGoal("Bästa utveckling för alla", null)
                .addRisk("2.2", "Trygghet och säkerhet", "Placerade barn i jourhem/familjehem", null);
        overSixMonths = plan.addIndicator(risk, "Placeringar i jourhem över 6 månader", IndicatorUnit.COUNT, Periodicity.MONTH);
        all = plan.addIndicator(risk, "Pågående placeringar i jourhem", IndicatorUnit.COUNT, Periodicity.MONTH);
        share = plan.addIndicator(risk, "Andel över 6 månader", IndicatorUnit.COUNT, Periodicity.MONTH);
        record(overSixMonths, 10, 16, 7, 7, null, 6);
        record(all, 25, 24, 16, 16, 15, 14);
        share.deriveFrom(overSixMonths, all);
    }

    @Test
    void the_share_is_computed_per_month_and_the_missing_may_stays_missing() {
        assertThat(MONTHS.stream().map(m -> share.valueFor(m).map(BigDecimal::intValue)).toList()).containsExactly(
                Optional.of(40), Optional.of(67), Optional.of(44), Optional.of(44), Optional.empty(), Optional.of(43));
        assertThat(share.getUnit()).isEqualTo(IndicatorUnit.PERCENT);
        assertThat(share.periods()).containsExactlyElementsOf(MONTHS);
    }

    @Test
    void a_missing_month_is_recorded_as_missing_never_as_zero() {
        assertThat(overSixMonths.periods()).contains("2020-05");
        assertThat(overSixMonths.valueFor("2020-05")).isEmpty();
        assertThat(overSixMonths.valueFor("2020-06")).contains(new BigDecimal("6"));
    }

    @Test
    void a_derived_indicator_cannot_be_typed_and_a_period_must_fit_the_periodicity() {
        assertThatThrownBy(() -> share.record("2020-07", BigDecimal.TEN)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> all.record("2020-T2", BigDecimal.TEN)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void record(Indicator indicator, Integer... values) {
        for (int i = 0; i < values.length; i++) {
            indicator.record(MONTHS.get(i), values[i] == null ? null : BigDecimal.valueOf(values[i]));
        }
    }

    @Test
    void a_count_below_five_and_a_share_built_on_one_are_small_numbers_to_others() {
        overSixMonths.record("2020-07", BigDecimal.valueOf(4));
        all.record("2020-07", BigDecimal.valueOf(9));
        assertThat(overSixMonths.isSmallNumber("2020-07")).isTrue();
        assertThat(share.isSmallNumber("2020-07")).as("4 of 9 placements, as a share").isTrue();
        assertThat(all.isSmallNumber("2020-07")).isFalse();
        assertThat(overSixMonths.isSmallNumber("2020-01")).as("10 placements").isFalse();
        assertThat(overSixMonths.isSmallNumber("2020-05")).as("a missing value hides nothing").isFalse();
    }

    @Test
    void a_reporting_period_covers_the_months_tertial_and_year_it_spans() {
        assertThat(Periodicity.MONTH.periodsIn("2017-T2")).containsExactly("2017-05", "2017-06", "2017-07", "2017-08");
        assertThat(Periodicity.MONTH.periodsIn("2017-09")).containsExactly("2017-09");
        assertThat(Periodicity.TERTIAL.periodsIn("2017-09")).containsExactly("2017-T3");
        assertThat(Periodicity.TERTIAL.periodsIn("2017-T1")).containsExactly("2017-T1");
        assertThat(Periodicity.YEAR.periodsIn("2017-T3")).containsExactly("2017");
        assertThatThrownBy(() -> Periodicity.MONTH.periodsIn("2017")).isInstanceOf(IllegalArgumentException.class);
    }
}
