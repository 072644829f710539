package se.samverkansportalen.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.refusal.Refusal;

/** Refusals read in Swedish (or English) with the field named by its label, wherever the container wrapped them. */
class RefusalTextsTest {

    @Test
    void a_field_refusal_names_the_field_by_its_label_and_the_limit_it_was_declared_with() {
        InvalidInputRefusal refusal = InvalidInputRefusal.atField("items[2].narrative", "input.tooLong", "items[2].narrative", 4000);

        assertThat(RefusalTexts.text(refusal, RefusalTexts.SWEDISH)).isEqualTo("Berättelsen får vara högst 4000 tecken.");
        assertThat(RefusalTexts.text(refusal, Locale.ENGLISH)).isEqualTo("The narrative may be at most 4000 characters.");
    }

    @Test
    void a_field_without_a_label_is_never_named_by_its_name_in_the_code() {
        InvalidInputRefusal refusal = InvalidInputRefusal.atField("somethingNew", "input.required", "somethingNew");

        assertThat(RefusalTexts.text(refusal, RefusalTexts.SWEDISH)).isEqualTo("Uppgiften måste fyllas i.");
        assertThat(RefusalTexts.text(refusal, Locale.ENGLISH)).isEqualTo("The value must be filled in.");
    }

    @Test
    void a_refusal_wrapped_by_the_container_is_found() {
        Refusal refusal = new NotFoundRefusal("localplan.error.notFound");

        assertThat(Failures.refusalIn(new EJBException(new RuntimeException(refusal)))).containsSame(refusal);
    }

    @Test
    void an_optimistic_lock_failure_at_commit_is_a_conflict() {
        assertThat(Failures.refusalIn(new EJBException(new OptimisticLockException("row changed"))))
                .get().isInstanceOf(ConflictRefusal.class).extracting(Refusal::getMessageKey).isEqualTo("input.changed");
    }

    static class Entity {
        @Size(max = 10)
        String title = "x".repeat(11);
    }

    @Test
    void a_constraint_broken_when_an_entity_is_written_is_the_same_refusal_as_at_the_service() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            var violations = factory.getValidator().validate(new Entity());
            var failure = new EJBException(new jakarta.validation.ConstraintViolationException(violations));

            assertThat(Failures.refusalIn(failure)).get().satisfies(r -> {
                assertThat(r.getField()).isEqualTo("title");
                assertThat(RefusalTexts.text(r, RefusalTexts.SWEDISH)).isEqualTo("Titeln får vara högst 10 tecken.");
            });
        }
    }

    @Test
    void an_unexpected_failure_is_no_refusal() {
        assertThat(Failures.refusalIn(new EJBException(new IllegalStateException("SELECT * FROM local_plan")))).isEmpty();
    }
}
