package se.samverkansportalen.domain.quality;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Year;
import java.time.ZoneId;

/**
 * The year a kvalitetsberättelse gives account of: from {@value QualityReport#FIRST_YEAR} to the
 * current year in Sweden (Europe/Stockholm) (null is valid). A berättelse accounts for a year that
 * has begun (SOSFS 2011:9: the yearly account of the quality work done); a later year is a typing
 * mistake, and its berättelse could not be fastställd (the decision date may not lie in the future
 * nor before the year). The one rule for that year, declared on the berättelse and on every service
 * parameter that names one; refused with {@code quality.error.year} (argument: the year refused).
 * Once valid a year stays valid, so a berättelse written in an earlier year is never refused later.
 */
@Documented
@Constraint(validatedBy = QualityReportYear.Validator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface QualityReportYear {

    /** The zone whose calendar says which year it is now. */
    String ZONE = "Europe/Stockholm";

    String message() default "{quality.error.year}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks an {@code int} or {@link Integer} year against the current year in Sweden. */
    class Validator implements ConstraintValidator<QualityReportYear, Integer> {

        @Override
        public boolean isValid(Integer year, ConstraintValidatorContext context) {
            return year == null || allowed(year, Year.now(ZoneId.of(ZONE)));
        }

        /** Whether a berättelse may be of {@code year} when it is {@code now}: {@value QualityReport#FIRST_YEAR} to now. */
        public static boolean allowed(int year, Year now) {
            return year >= QualityReport.FIRST_YEAR && year <= now.getValue();
        }
    }
}
