package se.samverkansportalen.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;

/**
 * A kommun's editor types baselines, values and costs as Swedes write them ("450 000", "2,5",
 * "−3"); what the column cannot hold exactly is refused with a reason, never rounded, and never
 * turned into a ten-million-digit number.
 */
class SwedishNumbersTest {

    /** An indicator's baseline, target or value: DECIMAL(14, 2), negatives allowed. */
    private static final NumberRule DECIMAL_14_2 = NumberRule.decimal(14, 2, true);
    private static final NumberRule NON_NEGATIVE_14_2 = NumberRule.decimal(14, 2, false);

    @Test
    void thousands_are_grouped_by_any_of_the_spaces_swedes_type() {
        assertThat(parse("450 000")).isEqualByComparingTo("450000");
        assertThat(parse("450\u00a0000")).as("no-break space").isEqualByComparingTo("450000");
        assertThat(parse("450\u202f000")).as("narrow no-break space").isEqualByComparingTo("450000");
        assertThat(parse("450\u2009000")).as("thin space").isEqualByComparingTo("450000");
        assertThat(parse("1 200 000,5")).isEqualByComparingTo("1200000.5");
        assertThat(parse("450000")).isEqualByComparingTo("450000");
        assertThat(parse(" 12 ")).as("blanks around").isEqualByComparingTo("12");
    }

    @Test
    void a_decimal_comma_and_a_point_are_both_taken() {
        assertThat(parse("2,5")).isEqualByComparingTo("2.5");
        assertThat(parse("2.5")).isEqualByComparingTo("2.5");
        assertThat(parse("0,05")).isEqualByComparingTo("0.05");
        assertThat(parse("12,50")).as("a trailing zero is no decimal").isEqualByComparingTo("12.5");
    }

    @Test
    void a_minus_is_a_hyphen_or_the_unicode_minus_sign() {
        assertThat(parse("−3")).isEqualByComparingTo("-3");
        assertThat(parse("-3")).isEqualByComparingTo("-3");
        assertThat(parse("−2,5")).isEqualByComparingTo("-2.5");
        assertThat(parse("+3")).isEqualByComparingTo("3");
    }

    @Test
    void negatives_are_refused_where_the_column_takes_none() {
        refused("−3", NON_NEGATIVE_14_2, SwedishNumbers.NEGATIVE);
        refused("-3", NON_NEGATIVE_14_2, SwedishNumbers.NEGATIVE);
        assertThat(SwedishNumbers.parse("-0", NON_NEGATIVE_14_2, "baseline")).isEqualByComparingTo("0");
    }

    @Test
    void exponent_notation_is_refused_before_it_becomes_a_huge_number() {
        refused("1e7", DECIMAL_14_2, SwedishNumbers.EXPONENT);
        refused("1E12", DECIMAL_14_2, SwedishNumbers.EXPONENT);
        refused("1E-3", DECIMAL_14_2, SwedishNumbers.EXPONENT);
        refused("2,5e3", DECIMAL_14_2, SwedishNumbers.EXPONENT);
        refused("1e1000000000", DECIMAL_14_2, SwedishNumbers.EXPONENT);
    }

    @Test
    void more_decimals_than_the_scale_are_refused_not_rounded() {
        refusal("12,345", DECIMAL_14_2).hasFieldOrPropertyWithValue("messageKey", SwedishNumbers.TOO_MANY_DECIMALS)
                .extracting(e -> ((InvalidInputRefusal) e).getArguments()).isEqualTo(List.of("value", "2"));
        refused("0,001", DECIMAL_14_2, SwedishNumbers.TOO_MANY_DECIMALS);
        assertThat(parse("12,340")).isEqualByComparingTo("12.34");
    }

    @Test
    void more_integer_digits_than_the_column_holds_are_refused_naming_the_largest_swedish_style() {
        refusal("99999999999999", DECIMAL_14_2).hasFieldOrPropertyWithValue("messageKey", SwedishNumbers.TOO_LARGE)
                .extracting(e -> ((InvalidInputRefusal) e).getArguments())
                .isEqualTo(List.of("value", "999\u00a0999\u00a0999\u00a0999,99"));
        refused("1 000 000 000 000", DECIMAL_14_2, SwedishNumbers.TOO_LARGE);
        refused("−1 000 000 000 000", DECIMAL_14_2, SwedishNumbers.TOO_LARGE);
        assertThat(parse("999 999 999 999,99")).isEqualByComparingTo("999999999999.99");
        assertThat(parse("−999 999 999 999,99")).isEqualByComparingTo("-999999999999.99");
        assertThat(parse("000000000000000000001")).as("leading zeros are no digits").isEqualByComparingTo("1");
    }

    @Test
    void nothing_typed_is_no_number() {
        assertThat(SwedishNumbers.parse(null, DECIMAL_14_2, "value")).isNull();
        assertThat(parse("")).isNull();
        assertThat(parse("   ")).isNull();
        assertThat(parse("\u00a0\t")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 2 3", "1,2,3", "1.000.000", "1 000.000,5", "1  000", "1234 567", "12 34", "1 ,5",
            "abc", "12a", "1,", ",5", "-", "−", "--3", "- 3", "+-3", "3-", "1,5 kr", "١٢٣", "12\u0000", "\u0000",
            "1😀", "😀", "0x10", "Infinity", "NaN", "1_000", "1'000", "e7", "1e", "1e+"})
    void anything_else_is_refused_as_not_a_number(String text) {
        refused(text, DECIMAL_14_2, SwedishNumbers.FORMAT);
    }

    @Test
    void a_very_long_input_is_refused_in_one_quick_pass() {
        String digits = "9".repeat(100_000);
        String letters = "a".repeat(100_000);
        String zeros = "0".repeat(100_000) + "1";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            refused(digits, DECIMAL_14_2, SwedishNumbers.TOO_LARGE);
            refused(letters, DECIMAL_14_2, SwedishNumbers.FORMAT);
            refused("1" + "0".repeat(99_999) + "e7", DECIMAL_14_2, SwedishNumbers.EXPONENT);
            assertThat(parse(zeros)).isEqualByComparingTo("1");
        });
    }

    @Test
    void whole_kronor_up_to_the_bound_and_nothing_else() {
        assertThat(SwedishNumbers.parseKronor("450 000", NumberRule.KRONOR, "costSek")).isEqualTo(450_000L);
        assertThat(SwedishNumbers.parseKronor("999 999 999 999", NumberRule.KRONOR, "costSek")).isEqualTo(NumberRule.KRONOR_MAX);
        assertThat(SwedishNumbers.parseKronor("1 000,00", NumberRule.KRONOR, "costSek")).isEqualTo(1000L);
        assertThat(SwedishNumbers.parseKronor("", NumberRule.KRONOR, "costSek")).isNull();
        kronorRefused("1 000 000 000 000", SwedishNumbers.TOO_LARGE);
        kronorRefused("9000000000000000000", SwedishNumbers.TOO_LARGE);
        kronorRefused("1 000,50", SwedishNumbers.NOT_WHOLE);
        kronorRefused("-1", SwedishNumbers.NEGATIVE);
        kronorRefused("1e7", SwedishNumbers.EXPONENT);
    }

    @Test
    void a_kronor_bound_below_the_largest_is_named_when_exceeded() {
        NumberRule tenMillion = NumberRule.wholeKronor(10_000_000);
        assertThat(SwedishNumbers.parseKronor("10 000 000", tenMillion, "budgetSek")).isEqualTo(10_000_000L);
        assertThatThrownBy(() -> SwedishNumbers.parseKronor("10 000 001", tenMillion, "budgetSek"))
                .isInstanceOfSatisfying(InvalidInputRefusal.class, r -> {
                    assertThat(r.getMessageKey()).isEqualTo(SwedishNumbers.TOO_LARGE);
                    assertThat(r.getArguments()).containsExactly("budgetSek", "10\u00a0000\u00a0000");
                });
        assertThatThrownBy(() -> NumberRule.wholeKronor(Long.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_number_that_arrives_parsed_meets_the_same_rule() {
        assertThat(SwedishNumbers.requireWithin(new BigDecimal("1E+7"), DECIMAL_14_2, "baseline")).isEqualByComparingTo("10000000");
        assertThat(SwedishNumbers.requireWithin(new BigDecimal("2.50"), DECIMAL_14_2, "baseline")).isEqualByComparingTo("2.5");
        assertThat(SwedishNumbers.requireWithin(new BigDecimal("12.3400000"), DECIMAL_14_2, "baseline")).isEqualByComparingTo("12.34");
        assertThat(SwedishNumbers.requireWithin((BigDecimal) null, DECIMAL_14_2, "baseline")).isNull();
        assertThat(SwedishNumbers.requireWithin(new BigDecimal("0E+1000000"), DECIMAL_14_2, "baseline")).isZero();
        assertThat(SwedishNumbers.requireWithin(new BigDecimal("12.3400000"), DECIMAL_14_2, "baseline").scale())
                .as("zeros beyond the rule's decimals are dropped, not kept to be written out").isEqualTo(2);
        BigDecimal zeroWithAHugeScale = new BigDecimal("0E-999999999");
        assertThat(SwedishNumbers.requireWithin(zeroWithAHugeScale, DECIMAL_14_2, "baseline").scale())
                .as("a zero sent with any exponent is kept as 0: the driver would write out a billion digits").isZero();
        withinRefused(new BigDecimal("1E+12"), DECIMAL_14_2, SwedishNumbers.TOO_LARGE);
        withinRefused(new BigDecimal("1E+1000000000"), DECIMAL_14_2, SwedishNumbers.TOO_LARGE);
        withinRefused(new BigDecimal("-1E+1000000000"), DECIMAL_14_2, SwedishNumbers.TOO_LARGE);
        withinRefused(new BigDecimal("1E-1000000000"), DECIMAL_14_2, SwedishNumbers.TOO_MANY_DECIMALS);
        withinRefused(new BigDecimal("12.345"), DECIMAL_14_2, SwedishNumbers.TOO_MANY_DECIMALS);
        withinRefused(new BigDecimal("99999999999999"), DECIMAL_14_2, SwedishNumbers.TOO_LARGE);
        withinRefused(new BigDecimal("-3"), NON_NEGATIVE_14_2, SwedishNumbers.NEGATIVE);
        assertThatThrownBy(() -> SwedishNumbers.requireWithin(9_000_000_000_000_000_000L, NumberRule.KRONOR, "costSek"))
                .hasFieldOrPropertyWithValue("messageKey", SwedishNumbers.TOO_LARGE);
        assertThatThrownBy(() -> SwedishNumbers.requireWithin(-1L, NumberRule.KRONOR, "costSek"))
                .hasFieldOrPropertyWithValue("messageKey", SwedishNumbers.NEGATIVE);
        assertThat(SwedishNumbers.requireWithin(NumberRule.KRONOR_MAX, NumberRule.KRONOR, "costSek")).isEqualTo(NumberRule.KRONOR_MAX);
    }

    @Test
    void what_is_written_for_a_message_reads_back_as_the_same_number() {
        BigDecimal largest = DECIMAL_14_2.largest();
        assertThat(SwedishNumbers.write(largest)).isEqualTo("999\u00a0999\u00a0999\u00a0999,99");
        assertThat(SwedishNumbers.write(new BigDecimal("-1234.5"))).isEqualTo("\u22121\u00a0234,5");
        assertThat(SwedishNumbers.write(new BigDecimal("100"))).isEqualTo("100");
        assertThat(parse(SwedishNumbers.write(largest))).isEqualByComparingTo(largest);
        assertThat(parse(SwedishNumbers.write(new BigDecimal("-1234.5")))).isEqualByComparingTo("-1234.5");
    }

    @Test
    void costs_add_up_exactly_or_are_refused_never_wrapped_round() {
        long nine = 9_000_000_000_000_000_000L;
        assertThatThrownBy(() -> SwedishNumbers.sumKronor(List.of(nine, nine), "costSek"))
                .isInstanceOfSatisfying(InvalidInputRefusal.class, r -> {
                    assertThat(r.getMessageKey()).isEqualTo(SwedishNumbers.SUM_TOO_LARGE);
                    assertThat(r.getField()).isEqualTo("costSek");
                });
        assertThat(SwedishNumbers.sumKronor(Arrays.asList(NumberRule.KRONOR_MAX, null, NumberRule.KRONOR_MAX), "costSek"))
                .isEqualTo(2 * NumberRule.KRONOR_MAX);
        assertThat(SwedishNumbers.sumKronor(List.of(), "costSek")).isZero();
        assertThat(SwedishNumbers.sumKronor(java.util.Collections.nCopies(9_000_000, NumberRule.KRONOR_MAX), "costSek"))
                .as("nine million of the largest costs still add up exactly").isEqualTo(9_000_000 * NumberRule.KRONOR_MAX);
    }

    private static BigDecimal parse(String text) {
        return SwedishNumbers.parse(text, DECIMAL_14_2, "value");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refusal(String text, NumberRule rule) {
        return assertThatThrownBy(() -> SwedishNumbers.parse(text, rule, "value")).isInstanceOf(InvalidInputRefusal.class);
    }

    @Test
    void a_point_before_exactly_three_digits_is_not_guessed_to_be_decimals_or_thousands() {
        kronorRefused("1.000", SwedishNumbers.POINT_THOUSANDS);
        kronorRefused("450.000", SwedishNumbers.POINT_THOUSANDS);
        refused("1.000", NumberRule.decimal(14, 2, true), SwedishNumbers.POINT_THOUSANDS);
        assertThat(SwedishNumbers.parse("2.5", NumberRule.decimal(14, 2, true), "value")).isEqualByComparingTo("2.5");
        assertThat(SwedishNumbers.parse("1,000", NumberRule.decimal(14, 3, true), "value")).isEqualByComparingTo("1");
    }

    private static void refused(String text, NumberRule rule, String key) {
        assertThatThrownBy(() -> SwedishNumbers.parse(text, rule, "value")).as(text.length() > 40 ? text.substring(0, 40) + "…" : text)
                .isInstanceOfSatisfying(InvalidInputRefusal.class, r -> {
                    assertThat(r.getMessageKey()).isEqualTo(key);
                    assertThat(r.getField()).isEqualTo("value");
                    assertThat(r.getArguments().get(0)).isEqualTo("value");
                });
    }

    private static void kronorRefused(String text, String key) {
        assertThatThrownBy(() -> SwedishNumbers.parseKronor(text, NumberRule.KRONOR, "costSek"))
                .isInstanceOfSatisfying(InvalidInputRefusal.class, r -> {
                    assertThat(r.getMessageKey()).isEqualTo(key);
                    assertThat(r.getField()).isEqualTo("costSek");
                });
    }

    private static void withinRefused(BigDecimal value, NumberRule rule, String key) {
        assertThatThrownBy(() -> SwedishNumbers.requireWithin(value, rule, "baseline"))
                .isInstanceOfSatisfying(InvalidInputRefusal.class, r -> assertThat(r.getMessageKey()).isEqualTo(key));
    }
}
