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

/**
 * Text a person can read: no control characters other than tab and line breaks (a NUL, a bell, a
 * DEL would be stored and shown as nothing, or break an export), and no half of a UTF-16 surrogate
 * pair (which no database column can store). Letters of any script, emoji and direction marks are
 * text and pass; null passes. Declared beside {@link NoPersonalData} on every free-text field.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    String message() default "{se.samverkansportalen.validation.PlainText.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link CharSequence}. */
    class Validator implements ConstraintValidator<PlainText, CharSequence> {

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return text == null || isPlain(text);
        }

        /** Whether the text has no control character but tab, line feed and carriage return, and no lone surrogate. */
        public static boolean isPlain(CharSequence text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                    return false;
                }
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                } else if (Character.isLowSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }
}
