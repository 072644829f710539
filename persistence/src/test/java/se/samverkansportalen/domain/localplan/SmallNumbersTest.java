package se.samverkansportalen.domain.localplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A kommun follows its jourhem placements: how many last over six months, how many there are, and
 * the share. What the LBU network and the region may see of each month follows the small-number
 * rule: small counts, shares built on them, and the part of a total whose rest is small are
 * withheld; totals and large counts are shown; a missing month hides nothing.
 */
class SmallNumbersTest {

    private static final String MONTH = "2024-03";

    private LocalPlan plan;
    private Risk risk;
    private Indicator overSixMonths;
    private Indicator all;
    private Indicator share;

    @BeforeEach
    void placements() {
        plan = new LocalPlan(LocalPlanShape.RISK_BASED, "Åtgärdsplan barn och familj");
        risk = plan.addGoal("Trygg uppväxt", null).addRisk("2.2", "Trygghet och säkerhet", "Placerade barn i jourhem", null);
        overSixMonths = plan.addIndicator(risk, "Placeringar i jourhem över 6 månader", IndicatorUnit.COUNT, Periodicity.MONTH);
        all = plan.addIndicator(risk, "Pågående placeringar i jourhem", IndicatorUnit.COUNT, Periodicity.MONTH);
        share = plan.addIndicator(risk, "Andel över 6 månader", IndicatorUnit.COUNT, Periodicity.MONTH);
        share.deriveFrom(overSixMonths, all);
    }

    @Test
    void a_count_below_five_is_withheld_and_five_is_shown() {
        record(overSixMonths, 4);
        record(all, 40);
        assertThat(overSixMonths.isSmallNumber(MONTH)).isTrue();
        record(overSixMonths, 0);
        assertThat(overSixMonths.isSmallNumber(MONTH)).as("0 is below 5 too").isTrue();
        record(overSixMonths, 5);
        assertThat(overSixMonths.isSmallNumber(MONTH)).isFalse();
        assertThat(all.isSmallNumber(MONTH)).isFalse();
    }

    @Test
    void a_share_of_a_small_count_is_withheld_the_total_shown() {
        record(overSixMonths, 2);
        record(all, 20);
        assertThat(share.isSmallNumber(MONTH)).as("10 % of 20 tells the 2").isTrue();
        assertThat(all.isSmallNumber(MONTH)).isFalse();
    }

    @Test
    void a_share_over_a_denominator_below_five_is_withheld() {
        record(overSixMonths, 6);
        record(all, 4);
        assertThat(all.isSmallNumber(MONTH)).isTrue();
        assertThat(share.isSmallNumber(MONTH)).as("150 % of a withheld 4").isTrue();
        assertThat(overSixMonths.isSmallNumber(MONTH)).as("6 is no part of 4 and no small number").isFalse();
    }

    @Test
    void the_part_of_a_total_whose_rest_is_below_five_is_withheld_with_its_share_and_the_total_stays() {
        record(overSixMonths, 9);
        record(all, 12);
        assertThat(overSixMonths.isSmallNumber(MONTH)).as("12 − 9 tells the 3 others").isTrue();
        assertThat(share.isSmallNumber(MONTH)).as("75 % of 12 tells the 9").isTrue();
        assertThat(all.isSmallNumber(MONTH)).isFalse();

        record(overSixMonths, 12);
        assertThat(overSixMonths.isSmallNumber(MONTH)).as("all of them: a rest of 0").isTrue();

        record(overSixMonths, 7);
        assertThat(overSixMonths.isSmallNumber(MONTH)).as("a rest of 5").isFalse();
        assertThat(share.isSmallNumber(MONTH)).isFalse();
    }

    @Test
    void a_share_built_on_a_withheld_share_is_withheld() {
        Indicator base = plan.addIndicator(risk, "Barn i kommunen med insats", IndicatorUnit.COUNT, Periodicity.MONTH);
        Indicator ratioOfShares = plan.addIndicator(risk, "Andel av andel", IndicatorUnit.COUNT, Periodicity.MONTH);
        ratioOfShares.deriveFrom(share, base);
        record(overSixMonths, 3);
        record(all, 30);
        record(base, 300);
        assertThat(ratioOfShares.isSmallNumber(MONTH)).isTrue();
        record(overSixMonths, 15);
        assertThat(ratioOfShares.isSmallNumber(MONTH)).isFalse();
    }

    @Test
    void a_missing_month_hides_nothing() {
        overSixMonths.record(MONTH, null);
        record(all, 12);
        assertThat(overSixMonths.isSmallNumber(MONTH)).isFalse();
        assertThat(share.isSmallNumber(MONTH)).isFalse();
        assertThat(overSixMonths.isSmallNumber("2024-04")).as("not recorded").isFalse();
    }

    @Test
    void typed_percentages_are_no_counts_and_are_shown() {
        Indicator satisfied = plan.addIndicator(risk, "Andel nöjda vårdnadshavare", IndicatorUnit.PERCENT, Periodicity.MONTH);
        record(satisfied, 3);
        satisfied.describe(null, new BigDecimal("2"), new BigDecimal("4"), null);
        assertThat(satisfied.isSmallNumber(MONTH)).isFalse();
        assertThat(satisfied.isBaselineSmallNumber()).isFalse();
        assertThat(satisfied.isTargetSmallNumber()).isFalse();
    }

    @Test
    void a_counts_baseline_or_target_below_five_is_withheld() {
        all.describe(Direction.LOWER_IS_BETTER, new BigDecimal("3"), new BigDecimal("12"), null);
        assertThat(all.isBaselineSmallNumber()).as("an earlier count of 3").isTrue();
        assertThat(all.isTargetSmallNumber()).isFalse();
        all.describe(Direction.LOWER_IS_BETTER, new BigDecimal("30"), new BigDecimal("2"), null);
        assertThat(all.isBaselineSmallNumber()).isFalse();
        assertThat(all.isTargetSmallNumber()).as("a target of 2 placements").isTrue();
        all.describe(null, null, null, null);
        assertThat(all.isBaselineSmallNumber()).as("no baseline hides nothing").isFalse();
    }

    private static void record(Indicator indicator, int value) {
        indicator.record(MONTH, BigDecimal.valueOf(value));
    }
}
