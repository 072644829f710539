package se.samverkansportalen.domain.localplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.validation.SwedishNumbers;

/**
 * Lycksele keeps a count of jourhem placements and a cost in kronor: a count never goes below 0
 * and no value is rounded (wherever it is typed: the Indikator page, a report, the API or a plan
 * file all record through {@link Indicator#record}); the indicator can be renamed at any time,
 * while its unit and periodicity are fixed once it has values.
 */
class IndicatorRulesTest {

    private LocalPlan plan;
    private Indicator placements;
    private Indicator cost;

    @BeforeEach
    void lycksele() {
        plan = new LocalPlan(LocalPlanShape.RISK_BASED, "Lyckseles plan");
        placements = plan.addIndicator(null, "Placeringar i jourhem", IndicatorUnit.COUNT, Periodicity.MONTH);
        cost = plan.addIndicator(null, "Kostnad för jourhem", IndicatorUnit.SEK, Periodicity.MONTH);
    }

    @Test
    void a_value_with_three_decimals_is_refused_at_the_field_naming_how_many_are_allowed_never_rounded() {
        assertThatThrownBy(() -> cost.record("2027-03", new BigDecimal("12.345")))
                .isInstanceOfSatisfying(InvalidInputRefusal.class, r -> {
                    assertThat(r.getMessageKey()).isEqualTo(SwedishNumbers.TOO_MANY_DECIMALS);
                    assertThat(r.getArguments()).containsExactly("value", "2");
                });
        assertThat(cost.periods()).as("nothing stored").isEmpty();
        cost.record("2027-03", new BigDecimal("12.50"));
        assertThat(cost.valueFor("2027-03")).contains(new BigDecimal("12.50"));
    }

    @Test
    void a_count_is_a_whole_number_a_half_placement_is_refused_naming_the_indicator() {
        for (String half : new String[] {"12.5", "12.345", "0.01"}) {
            assertThatThrownBy(() -> placements.record("2027-03", new BigDecimal(half)))
                    .as(half)
                    .isInstanceOfSatisfying(InvalidInputRefusal.class, r -> {
                        assertThat(r.getMessageKey()).isEqualTo(Indicator.NOT_WHOLE_VALUE);
                        assertThat(r.getField()).isEqualTo("value");
                        assertThat(r.getArguments()).containsExactly("Placeringar i jourhem");
                    });
        }
        assertThat(placements.periods()).as("nothing stored").isEmpty();
        assertThatThrownBy(() -> placements.describe(null, new BigDecimal("2.5"), null, null))
                .isInstanceOfSatisfying(InvalidInputRefusal.class, r -> assertThat(r.getField()).isEqualTo("baseline"));
        assertThatThrownBy(() -> placements.describe(null, null, new BigDecimal("7.25"), null))
                .isInstanceOfSatisfying(InvalidInputRefusal.class, r -> assertThat(r.getField()).isEqualTo("target"));

        placements.record("2027-03", new BigDecimal("12.00"));
        placements.describe(null, new BigDecimal("10"), new BigDecimal("5.0"), null);
        assertThat(placements.valueFor("2027-03")).as("trailing zeros are no decimals").contains(new BigDecimal("12.00"));
    }

    @Test
    void a_unit_with_a_decimal_baseline_cannot_become_a_count() {
        Indicator share = plan.addIndicator(null, "Andel i jourhem", IndicatorUnit.PERCENT, Periodicity.MONTH);
        share.describe(null, new BigDecimal("12.5"), null, null);

        assertThatThrownBy(() -> share.changeUnit(IndicatorUnit.COUNT))
                .isInstanceOfSatisfying(InvalidInputRefusal.class, r -> assertThat(r.getMessageKey()).isEqualTo(Indicator.NOT_WHOLE_VALUE));
        assertThat(share.getUnit()).isEqualTo(IndicatorUnit.PERCENT);
    }

    @Test
    void only_a_count_is_whole_shares_kronor_and_days_keep_two_decimals() {
        assertThat(IndicatorUnit.COUNT.valueRule().scale()).isZero();
        assertThat(IndicatorUnit.COUNT.valueRule().largest()).isEqualByComparingTo("999999999999");
        assertThat(IndicatorUnit.PERCENT.valueRule().scale()).isEqualTo(2);
        assertThat(IndicatorUnit.SEK.valueRule().scale()).isEqualTo(2);
        assertThat(IndicatorUnit.DAYS.valueRule().scale()).isEqualTo(2);
    }

    @Test
    void a_negative_count_is_refused_and_a_negative_cost_is_taken() {
        assertThatThrownBy(() -> placements.record("2027-03", new BigDecimal("-1")))
                .isInstanceOfSatisfying(InvalidInputRefusal.class, r -> {
                    assertThat(r.getMessageKey()).isEqualTo(Indicator.NEGATIVE_VALUE);
                    assertThat(r.getArguments()).containsExactly("Placeringar i jourhem");
                });
        assertThat(placements.periods()).isEmpty();
        assertThatThrownBy(() -> placements.describe(null, new BigDecimal("-3"), null, null)).isInstanceOf(InvalidInputRefusal.class);
        cost.record("2027-03", new BigDecimal("-1200.50"));
        assertThat(cost.valueFor("2027-03")).contains(new BigDecimal("-1200.50"));
    }

    @Test
    void a_share_and_days_are_never_negative_either() {
        assertThat(IndicatorUnit.PERCENT.valueRule().negativeAllowed()).isFalse();
        assertThat(IndicatorUnit.DAYS.valueRule().negativeAllowed()).isFalse();
        assertThat(IndicatorUnit.COUNT.valueRule().negativeAllowed()).isFalse();
        assertThat(IndicatorUnit.SEK.valueRule().negativeAllowed()).isTrue();
    }

    @Test
    void renaming_keeps_the_values_and_unit_and_periodicity_change_only_while_there_are_none() {
        placements.changeUnit(IndicatorUnit.DAYS);
        placements.changePeriodicity(Periodicity.TERTIAL);
        assertThat(placements.getUnit()).isEqualTo(IndicatorUnit.DAYS);
        assertThat(placements.getPeriodicity()).isEqualTo(Periodicity.TERTIAL);

        placements.record("2027-T1", new BigDecimal("4"));
        placements.rename("Dagar i jourhem");
        assertThat(placements.getName()).isEqualTo("Dagar i jourhem");
        assertThat(placements.valueFor("2027-T1")).contains(new BigDecimal("4"));

        assertThatThrownBy(() -> placements.changeUnit(IndicatorUnit.COUNT)).isInstanceOfSatisfying(InvalidInputRefusal.class,
                r -> assertThat(r.getMessageKey()).isEqualTo(Indicator.UNIT_FIXED));
        assertThatThrownBy(() -> placements.changePeriodicity(Periodicity.MONTH)).isInstanceOfSatisfying(InvalidInputRefusal.class,
                r -> assertThat(r.getMessageKey()).isEqualTo(Indicator.PERIODICITY_FIXED));
        placements.changeUnit(IndicatorUnit.DAYS);
        placements.changePeriodicity(Periodicity.TERTIAL);
        assertThat(placements.getUnit()).as("unchanged is no change").isEqualTo(IndicatorUnit.DAYS);
    }

    @Test
    void a_ratio_stays_in_percent() {
        Indicator share = plan.addIndicator(null, "Andel", IndicatorUnit.PERCENT, Periodicity.MONTH);
        share.deriveFrom(placements, cost);
        assertThatThrownBy(() -> share.changeUnit(IndicatorUnit.COUNT)).isInstanceOf(InvalidInputRefusal.class);
    }
}
