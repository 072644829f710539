package se.samverkansportalen.domain.validation;

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
import java.time.LocalDate;

/**
 * A date a plan, a decision or a deadline can have: in the years {@value #FIRST_YEAR} to
 * {@value #LAST_YEAR} (null is valid). Dates outside are typing mistakes ("20177-05-01"), and
 * the database's DATE columns cannot hold years past 9999.
 */
@Documented
@Constraint(validatedBy = CalendarDate.Validator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface CalendarDate {

    int FIRST_YEAR = 1900;
    int LAST_YEAR = 2200;

    String message() default "{se.samverkansportalen.validation.CalendarDate.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link LocalDate}. */
    class Validator implements ConstraintValidator<CalendarDate, LocalDate> {

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR);
        }
    }
}
