package se.samverkansportalen.service.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;

/** A declared constraint, broken, becomes the refusal that names the field, the rule and its limit. */
class ViolationsTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    static class Item {
        @Size(max = 4000)
        String narrative;

        Item(String narrative) {
            this.narrative = narrative;
        }
    }

    static class Form {
        @NotBlank
        @Size(max = 300)
        String title;

        @Valid
        List<Item> items;

        Form(String title, List<Item> items) {
            this.title = title;
            this.items = items;
        }
    }

    static class Numbered {
        @jakarta.validation.constraints.Pattern(regexp = "\\d{1,2}\\.\\d{1,2}", message = "{plan.error.numberFormat}")
        String number = "tre";
    }

    @Test
    void a_constraint_that_names_its_own_message_gets_it_with_the_refused_value() {
        InvalidInputRefusal refusal = Violations.refusal(VALIDATOR.validate(new Numbered()));

        assertThat(refusal.getMessageKey()).isEqualTo("plan.error.numberFormat");
        assertThat(refusal.getField()).isEqualTo("number");
        assertThat(refusal.getArguments()).containsExactly("tre");
    }

    static class BlankNumber {
        @NotBlank(message = "{plan.error.numberRequired}")
        @jakarta.validation.constraints.Pattern(regexp = "\\d{1,2}\\.\\d{1,2}", message = "{plan.error.numberFormat}")
        String number = "  ";
    }

    @Test
    void a_missing_value_is_named_before_any_other_rule_of_the_same_field() {
        for (int i = 0; i < 20; i++) {
            assertThat(Violations.refusal(VALIDATOR.validate(new BlankNumber())).getMessageKey()).isEqualTo("plan.error.numberRequired");
        }
    }

    static class Service {
        public void open(@NotNull @Min(2000) @Max(2100) Integer year, @Valid Form form) {
        }
    }

    @Test
    void a_text_over_its_limit_names_the_field_and_the_limit_it_was_declared_with() {
        InvalidInputRefusal refusal = Violations.refusal(VALIDATOR.validate(new Form("x".repeat(301), List.of())));

        assertThat(refusal.getField()).isEqualTo("title");
        assertThat(refusal.getMessageKey()).isEqualTo("input.tooLong");
        assertThat(refusal.getArguments()).containsExactly("title", "300");
    }

    @Test
    void a_blank_required_text_is_required_not_too_short() {
        InvalidInputRefusal refusal = Violations.refusal(VALIDATOR.validate(new Form("  ", List.of())));

        assertThat(refusal.getMessageKey()).isEqualTo("input.required");
        assertThat(refusal.getField()).isEqualTo("title");
    }

    @Test
    void a_field_inside_a_list_is_named_with_its_index_and_its_own_limit() {
        Form form = new Form("Rapport", List.of(new Item("ok"), new Item("y".repeat(4001))));

        InvalidInputRefusal refusal = Violations.refusal(VALIDATOR.validate(form));

        assertThat(refusal.getField()).isEqualTo("items[1].narrative");
        assertThat(refusal.getArguments()).containsExactly("items[1].narrative", "4000");
    }

    @Test
    void a_method_parameter_is_named_without_the_method_and_with_its_bound() throws Exception {
        Method open = Service.class.getMethod("open", Integer.class, Form.class);

        InvalidInputRefusal tooLate = Violations.refusal(VALIDATOR.forExecutables()
                .validateParameters(new Service(), open, new Object[] {2101, new Form("t", List.of())}));
        InvalidInputRefusal nestedInForm = Violations.refusal(VALIDATOR.forExecutables()
                .validateParameters(new Service(), open, new Object[] {2020, new Form(null, List.of())}));

        assertThat(tooLate.getMessageKey()).isEqualTo("input.tooLarge");
        assertThat(tooLate.getArguments()).containsExactly("year", "2100");
        assertThat(nestedInForm.getField()).isEqualTo("title");
        assertThat(nestedInForm.getMessageKey()).isEqualTo("input.required");
    }

    @Test
    void no_violations_is_no_refusal() {
        assertThat(Violations.refusal(VALIDATOR.validate(new Form("Rapport", List.of())))).isNull();
    }
}
