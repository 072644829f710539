package se.samverkansportalen.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.localplan.LocalPlan;
import se.samverkansportalen.domain.localplan.LocalPlanShape;
import se.samverkansportalen.domain.plan.PlanVersion;
import se.samverkansportalen.domain.plan.RegionalPlan;
import se.samverkansportalen.domain.plan.ResponsibleParty;

/**
 * The rule is declared once, on the field, and a real Bean Validation provider (as WildFly and
 * JPA run it) refuses a personnummer in a text field and in one text of a list of texts.
 */
class NoPersonalDataValidatorTest {

    private static final String MESSAGE = "{se.samverkansportalen.validation.NoPersonalData.message}";

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    static class Form {
        @NoPersonalData
        String narrative;

        List<@NoPersonalData String> purposes = new ArrayList<>();

        Form(String narrative, String... purposes) {
            this.narrative = narrative;
            this.purposes.addAll(List.of(purposes));
        }
    }

    @Test
    void a_text_without_a_personnummer_is_valid() {
        assertThat(validator.validate(new Form("Delmål 3.2 är genomfört; 23 av 38 barn, beslut 2024-05-12.",
                "Dnr RS 2026/1187", "Ring 070-123 45 67"))).isEmpty();
    }

    @Test
    void no_text_or_a_blank_text_is_valid() {
        assertThat(validator.validate(new Form(null))).isEmpty();
        assertThat(validator.validate(new Form("  ", ""))).isEmpty();
    }

    @Test
    void a_personnummer_in_a_field_is_refused_at_that_field() {
        Set<ConstraintViolation<Form>> violations = validator.validate(new Form("Barnet med pnr 121212-1212 har flyttat."));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("narrative");
            assertThat(v.getMessageTemplate()).isEqualTo(MESSAGE);
            assertThat(v.getConstraintDescriptor().getAnnotation()).isInstanceOf(NoPersonalData.class);
        });
    }

    @Test
    void a_personnummer_in_one_text_of_a_list_is_refused_at_that_text() {
        Set<ConstraintViolation<Form>> violations = validator.validate(
                new Form("Inget här", "Trygg uppväxt", "Gäller 20121212 1212", "Samverkan"));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("purposes[1].<list element>");
            assertThat(v.getInvalidValue()).isEqualTo("Gäller 20121212 1212");
        });
    }

    @Test
    void the_entities_declare_the_rule_on_their_texts() {
        LocalPlan plan = new LocalPlan(LocalPlanShape.MEASURES, "Plan för 121212-1212");
        assertThat(personalDataAt(validator.validate(plan))).containsExactly("title");

        PlanVersion version = new RegionalPlan("24", "Region Västerbotten", null).startFirstVersion("Plan 2024–2026");
        version.describe("Bakgrund", "Källa", List.of("Trygg uppväxt", "Barn 811218-9876"));
        assertThat(personalDataAt(validator.validate(version))).singleElement().asString().startsWith("purposes[1]");

        assertThat(personalDataAt(validator.validateValue(ResponsibleParty.class, "name", "Kontaktperson för 121212-1212")))
                .containsExactly("name");
    }

    /** The paths of the violations of this rule (an entity may declare other rules as well). */
    private static <T> List<String> personalDataAt(Set<ConstraintViolation<T>> violations) {
        return violations.stream()
                .filter(v -> v.getConstraintDescriptor().getAnnotation() instanceof NoPersonalData)
                .map(v -> v.getPropertyPath().toString())
                .toList();
    }
}
