package se.samverkansportalen.domain.tenant;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A kommun code that arrives in a page's or the API's address ({@code ?kommun=2480},
 * {@code /granskning/7/2480}): present and at most {@value Kommun#CODE_LENGTH} characters. Broken,
 * it is refused with one plain message, {@code address.error.kommunCode} ("Kommunkoden i adressen
 * är ogiltig."), rather than a rule about a field the user never saw. A code of the right length
 * that names no kommun is the service's to answer (not found).
 */
@Documented
@NotNull
@Size(max = Kommun.CODE_LENGTH)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target(PARAMETER)
@Retention(RUNTIME)
public @interface KommunCodeInAddress {

    String message() default "{address.error.kommunCode}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
