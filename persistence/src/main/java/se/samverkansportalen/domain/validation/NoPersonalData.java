package se.samverkansportalen.domain.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The text holds no personnummer and no samordningsnummer. The portal's rule is that it stores
 * no personal data about children: plans and reports speak of groups and work, never of a named
 * child, and a personnummer is the one piece of personal data that can be recognised in free
 * text with certainty.
 *
 * <p>Refused: a Swedish personnummer in Skatteverket's format (the date of birth and four digits
 * whose last is a control digit, {@code YYMMDD-NNNN} or {@code YYYYMMDDNNNN}) and a
 * samordningsnummer (the same with 60 added to the day), with or without the century and
 * written with any of the separators and spaces people use; see {@link PersonalIdentityNumbers}
 * for exactly what is found and what is not taken for one (dates, diarienummer, amounts, phone
 * numbers, postal codes). A null or blank text is valid; say {@code @NotBlank} where one is
 * required.
 *
 * <p>Declared on every free-text field of the entities that a person can type or import, so that
 * pages, the REST API and imports are held to the same rule (JPA validates on persist and update).
 * On a collection of texts it goes on the element type: {@code List<@NoPersonalData String>}.
 */
@Documented
@Constraint(validatedBy = NoPersonalDataValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NoPersonalData {

    String message() default "{se.samverkansportalen.validation.NoPersonalData.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
