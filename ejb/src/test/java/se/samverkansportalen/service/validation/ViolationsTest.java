package se.samverkansportalen.service.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
    void two_fields_wrong_give_the_first_as_before_carrying_the_other() {
        Form form = new Form(" ", List.of(new Item("ok"), new Item("y".repeat(4001))));

        InvalidInputRefusal refusal = Violations.refusal(VALIDATOR.validate(form));

        assertThat(refusal.getField()).as("the first by field path, as before").isEqualTo("items[1].narrative");
        assertThat(refusal.getMessageKey()).isEqualTo("input.tooLong");
        assertThat(refusal.getArguments()).containsExactly("items[1].narrative", "4000");
        assertThat(refusal.getFurther()).extracting(InvalidInputRefusal::getField, InvalidInputRefusal::getMessageKey)
                .containsExactly(tuple("title", "input.required"));
        assertThat(refusal.getFurther().get(0).getArguments()).containsExactly("title");
        assertThat(refusal.getAll()).extracting(InvalidInputRefusal::getField).containsExactly("items[1].narrative", "title");
    }

    @Test
    void a_field_broken_by_two_rules_is_named_once_by_its_missing_value() {
        InvalidInputRefusal refusal = Violations.refusal(VALIDATOR.validate(new BlankNumber()));

        assertThat(refusal.getMessageKey()).isEqualTo("plan.error.numberRequired");
        assertThat(refusal.getFurther()).as("no second refusal of the same field").isEmpty();
        assertThat(refusal.getAll()).containsExactly(refusal);
    }

    static class Several {
        @NotNull
        String beta;

        @Size(max = 2)
        String alpha = "abc";

        @NotBlank
        @Size(max = 1)
        String gamma = "  ";

        @Min(1)
        @Max(5)
        Integer delta = 0;
    }

    @Test
    void every_field_at_fault_is_named_once_in_the_same_order_on_every_call() {
        for (int i = 0; i < 20; i++) {
            InvalidInputRefusal refusal = Violations.refusal(VALIDATOR.validate(new Several()));

            assertThat(refusal.getAll()).extracting(InvalidInputRefusal::getField, InvalidInputRefusal::getMessageKey)
                    .containsExactly(tuple("alpha", "input.tooLong"), tuple("beta", "input.required"),
                            tuple("delta", "input.tooSmall"), tuple("gamma", "input.required"));
            assertThat(refusal.getFurther()).allSatisfy(f -> assertThat(f.getFurther()).isEmpty());
        }
    }

    @Test
    void a_body_with_thousands_of_faults_names_a_bounded_number_of_fields() {
        List<Item> items = java.util.stream.IntStream.range(0, 500).mapToObj(i -> new Item("z".repeat(4001))).toList();

        InvalidInputRefusal refusal = Violations.refusal(VALIDATOR.validate(new Form(null, items)));

        assertThat(refusal.getAll()).hasSize(Violations.MAX_FIELDS);
        assertThat(refusal.getField()).isEqualTo("items[0].narrative");
    }

    @Test
    void no_violations_is_no_refusal() {
        assertThat(Violations.refusal(VALIDATOR.validate(new Form("Rapport", List.of())))).isNull();
    }
}
