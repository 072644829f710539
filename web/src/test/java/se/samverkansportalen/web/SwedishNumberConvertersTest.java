package se.samverkansportalen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.localplan.RatioDerivation;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.validation.NumberRule;
import se.samverkansportalen.domain.validation.SwedishNumbers;
import se.samverkansportalen.web.error.RefusalTexts;

/**
 * An editor who types "1e7" as a baseline, "12,345" as a value or "9000000000000000000" as a cost
 * is told in Swedish what is wrong with it, at the field, instead of a ten-million-digit number,
 * a silent rounding or an error page.
 */
class SwedishNumberConvertersTest {

    private static final Locale ENGLISH = Locale.ENGLISH;

    @Test
    void each_refusal_of_a_typed_number_reads_in_swedish_naming_the_field() {
        assertThat(swedish("1e7", "baseline")).isEqualTo("Utgångsvärdet ska skrivas ut med alla siffror, till exempel 10 000 000 i stället för 1e7.");
        assertThat(swedish("12,345", "value")).isEqualTo("Värdet får ha högst 2 decimaler. Talet avrundas inte; skriv det med färre decimaler.");
        assertThat(swedish("99999999999999", "target"))
                .isEqualTo("Målvärdet har för många siffror. Det största som går att spara är 999\u00a0999\u00a0999\u00a0999,99.");
        assertThat(swedish("tolv", "value")).isEqualTo("Värdet ska vara ett tal skrivet med siffror, till exempel 450 000 eller 2,5.");
        assertThat(kronor("9000000000000000000", "costSek"))
                .isEqualTo("Kostnaden har för många siffror. Det största som går att spara är 999\u00a0999\u00a0999\u00a0999.");
        assertThat(kronor("1 000,50", "budgetSek")).isEqualTo("Budgeten anges i hela kronor, utan decimaler.");
        assertThat(kronor("−5", "costSek")).isEqualTo("Kostnaden får inte vara mindre än 0.");
    }

    @Test
    void an_input_with_a_label_is_named_by_it() {
        InvalidInputRefusal refused = refusal("12,345", SwedishDecimalConverter.DEFAULT_RULE, "value");
        assertThat(SwedishDecimalConverter.text(refused, "Placeringar inkl. nätverkshem, 2020-05", RefusalTexts.SWEDISH))
                .startsWith("Placeringar inkl. nätverkshem, 2020-05 får ha högst 2 decimaler.");
        assertThat(SwedishDecimalConverter.text(refused, null, ENGLISH)).startsWith("The value may have at most 2 decimals.");
    }

    @Test
    void every_key_of_the_rule_has_a_swedish_and_an_english_text() {
        for (String key : new String[] {SwedishNumbers.FORMAT, SwedishNumbers.EXPONENT, SwedishNumbers.TOO_MANY_DECIMALS,
                SwedishNumbers.NOT_WHOLE, SwedishNumbers.TOO_LARGE, SwedishNumbers.NEGATIVE, SwedishNumbers.SUM_TOO_LARGE,
                RatioDerivation.CYCLE, "localplan.import.numberTooLarge", "localplan.import.tooManyDecimals",
                "localplan.import.hugeNumber", "localplan.import.ratioCycle"}) {
            assertThat(ResourceBundle.getBundle(Messages.BUNDLE, RefusalTexts.SWEDISH).getString(key)).as(key).isNotBlank();
            assertThat(ResourceBundle.getBundle(Messages.BUNDLE, ENGLISH).getString(key)).as(key)
                    .isNotEqualTo(ResourceBundle.getBundle(Messages.BUNDLE, RefusalTexts.SWEDISH).getString(key));
        }
    }

    @Test
    void the_field_is_the_property_the_input_is_bound_to() {
        assertThat(SwedishDecimalConverter.property("#{form.baseline}")).isEqualTo("baseline");
        assertThat(SwedishDecimalConverter.property("#{row.value}")).isEqualTo("value");
        assertThat(SwedishDecimalConverter.property("#{measureEditBacking.form.costSek}")).isEqualTo("costSek");
        assertThat(SwedishDecimalConverter.property("#{bean.values['x']}")).isNull();
        assertThat(SwedishDecimalConverter.property(null)).isNull();
    }

    @Test
    void an_input_may_declare_its_column() {
        assertThat(SwedishDecimalConverter.rule(Map.of())).isEqualTo(NumberRule.decimal(14, 2, true));
        assertThat(SwedishDecimalConverter.rule(Map.of("precision", "5", "scale", 1, "negativeAllowed", "false")))
                .isEqualTo(NumberRule.decimal(5, 1, false));
    }

    private static String swedish(String typed, String field) {
        return RefusalTexts.text(refusal(typed, SwedishDecimalConverter.DEFAULT_RULE, field), RefusalTexts.SWEDISH);
    }

    private static String kronor(String typed, String field) {
        InvalidInputRefusal refused = catchThrowableOfType(InvalidInputRefusal.class,
                () -> SwedishNumbers.parseKronor(typed, NumberRule.KRONOR, field));
        return RefusalTexts.text(refused, RefusalTexts.SWEDISH);
    }

    private static InvalidInputRefusal refusal(String typed, NumberRule rule, String field) {
        return catchThrowableOfType(InvalidInputRefusal.class, () -> SwedishNumbers.parse(typed, rule, field));
    }
}
