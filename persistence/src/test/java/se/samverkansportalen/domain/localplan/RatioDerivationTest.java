package se.samverkansportalen.domain.localplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;

/**
 * A kommun builds shares from its counts, and shares of shares, but never a ratio that is computed
 * from itself: A = B / C and then B = A / C is refused at the part that would close the circle, at
 * any length of the circle. A cycle stored before that rule gives "uppgift saknas", not a crash.
 */
class RatioDerivationTest {

    private LocalPlan plan;
    private Map<String, Indicator> byName;

    @BeforeEach
    void plan() {
        plan = new LocalPlan(LocalPlanShape.RISK_BASED, "Åtgärdsplan 2021");
        byName = new HashMap<>();
        for (String name : List.of("A", "B", "C", "D", "E", "F", "G", "H")) {
            Indicator indicator = plan.addIndicator(null, name, IndicatorUnit.COUNT, Periodicity.YEAR);
            byName.put(name, indicator);
        }
        List.of("C", "F", "G", "H").forEach(n -> byName.get(n).record("2021", BigDecimal.valueOf(10)));
    }

    @Test
    void a_ratio_of_itself_is_a_cycle_of_length_one() {
        cycleAt("numeratorId", () -> derive("A", "A", "C"));
        cycleAt("denominatorId", () -> derive("A", "C", "A"));
    }

    @Test
    void a_ratio_whose_part_is_made_of_it_is_a_cycle_of_length_two() {
        derive("A", "B", "C");
        cycleAt("numeratorId", () -> derive("B", "A", "C"));
        cycleAt("denominatorId", () -> derive("B", "C", "A"));
        assertThat(i("B").isDerived()).as("the refused ratio changes nothing").isFalse();
    }

    @Test
    void a_cycle_through_three_ratios_is_refused() {
        derive("A", "B", "C");
        derive("B", "D", "E");
        cycleAt("numeratorId", () -> derive("D", "A", "F"));
    }

    @Test
    void a_cycle_through_four_ratios_is_refused() {
        derive("A", "B", "C");
        derive("B", "D", "F");
        derive("D", "E", "G");
        cycleAt("denominatorId", () -> derive("E", "H", "A"));
    }

    @Test
    void a_diamond_is_no_cycle_and_is_computed_parts_first() {
        i("B").record("2021", BigDecimal.valueOf(5));
        derive("A", "B", "C");
        derive("D", "B", "C");
        assertThatCode(() -> derive("E", "A", "D")).doesNotThrowAnyException();
        assertThat(i("A").valueFor("2021")).contains(new BigDecimal("50"));
        assertThat(i("E").valueFor("2021")).contains(new BigDecimal("100"));
        assertThat(i("E").periods()).containsExactly("2021");
    }

    @Test
    void a_ratio_may_be_changed_to_other_parts_that_do_not_lead_back() {
        derive("A", "B", "C");
        derive("A", "F", "G");
        assertThatCode(() -> derive("B", "H", "C")).as("B no longer feeds A").doesNotThrowAnyException();
    }

    @Test
    void the_walk_works_on_ids_too() {
        Map<String, List<String>> parts = Map.of("A", List.of("B", "C"), "B", List.of("D", "E"), "D", List.of("F", "G"));
        assertThat(RatioDerivation.reaches("A", "G", k -> parts.getOrDefault(k, List.of()))).isTrue();
        assertThat(RatioDerivation.reaches("B", "A", k -> parts.getOrDefault(k, List.of()))).isFalse();
        assertThat(RatioDerivation.computingOrder("A", k -> parts.getOrDefault(k, List.of())).orElseThrow())
                .containsExactly("F", "G", "D", "E", "B", "C", "A");
        Map<String, List<String>> cyclic = Map.of("A", List.of("B", "C"), "B", List.of("D", "C"), "D", List.of("A", "C"));
        assertThat(RatioDerivation.computingOrder("A", k -> cyclic.getOrDefault(k, List.of()))).isEmpty();
    }

    @Test
    void a_long_chain_of_ratios_is_walked_without_recursion() {
        int length = 100_000;
        assertThat(RatioDerivation.reaches(0, length, k -> k < length ? List.of(k + 1, length + 1) : List.of())).isTrue();
        assertThat(RatioDerivation.computingOrder(0, k -> k < length ? List.of(k + 1) : List.of()).orElseThrow()).hasSize(length + 1);
    }

    @Test
    void a_cycle_stored_before_the_rule_reads_as_missing_instead_of_overflowing_the_stack() throws Exception {
        derive("A", "B", "C");
        derive("B", "D", "C");
        storeAsOldData("D", "A", "C");
        assertThat(i("A").valueFor("2021")).isEmpty();
        assertThat(i("A").periods()).isEmpty();
        assertThat(i("A").isSmallNumber("2021")).isFalse();
        storeAsOldData("H", "H", "C");
        assertThat(i("H").valueFor("2021")).isEmpty();
        assertThat(i("H").isSmallNumber("2021")).isFalse();
        assertThat(i("F").valueFor("2021")).as("a typed indicator outside the cycle").contains(BigDecimal.valueOf(10));
    }

    private Indicator i(String name) {
        return byName.get(name);
    }

    private void derive(String target, String numerator, String denominator) {
        i(target).deriveFrom(i(numerator), i(denominator));
    }

    private static void cycleAt(String field, org.assertj.core.api.ThrowableAssert.ThrowingCallable derivation) {
        assertThatThrownBy(derivation).isInstanceOfSatisfying(InvalidInputRefusal.class, r -> {
            assertThat(r.getMessageKey()).isEqualTo("localplan.error.ratioCycle");
            assertThat(r.getField()).isEqualTo(field);
        });
    }

    /** Writes a ratio the way an old row would load, past the rule (as EclipseLink sets fields). */
    private void storeAsOldData(String target, String numerator, String denominator) throws Exception {
        set(i(target), "numerator", i(numerator));
        set(i(target), "denominator", i(denominator));
    }

    private static void set(Indicator indicator, String name, Indicator value) throws Exception {
        Field field = Indicator.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(indicator, value);
    }

    @Test
    void an_unknown_part_is_nothing_to_walk() {
        assertThat(RatioDerivation.computingOrder("A", k -> k.equals("A") ? java.util.Arrays.asList("B", null) : List.<String>of()))
                .isEqualTo(Optional.of(List.of("B", "A")));
    }
}
