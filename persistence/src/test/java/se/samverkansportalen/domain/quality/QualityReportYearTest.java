package se.samverkansportalen.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Year;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A kvalitetsberättelse gives account of a year from 2000 up to the current one in Sweden: a later
 * year is a typing mistake, refused with the berättelse's own message wherever the rule is declared
 * (here on the entity's field; the services' parameters carry the same annotation).
 */
class QualityReportYearTest {

    @Test
    void the_years_2000_to_this_year_are_allowed_and_no_other() {
        Year now = Year.of(2026);

        assertThat(QualityReportYear.Validator.allowed(2000, now)).isTrue();
        assertThat(QualityReportYear.Validator.allowed(2026, now)).as("this year: written while the year goes on").isTrue();
        assertThat(QualityReportYear.Validator.allowed(1999, now)).isFalse();
        assertThat(QualityReportYear.Validator.allowed(2027, now)).as("next year has not begun").isFalse();
        assertThat(QualityReportYear.Validator.allowed(2100, now)).isFalse();
    }

    @Test
    void a_berattelse_of_next_year_is_refused_with_its_own_message_and_this_years_is_not() {
        int thisYear = Year.now(ZoneId.of(QualityReportYear.ZONE)).getValue();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();

            Set<ConstraintViolation<QualityReport>> next = validator.validate(QualityReport.draft(thisYear + 1));
            assertThat(next).singleElement().satisfies(v -> {
                assertThat(v.getPropertyPath()).hasToString("year");
                assertThat(v.getMessageTemplate()).isEqualTo("{quality.error.year}");
            });
            assertThat(validator.validate(QualityReport.draft(thisYear))).isEmpty();
            assertThat(validator.validate(QualityReport.draft(QualityReport.FIRST_YEAR - 1))).hasSize(1);
        }
    }
}
