package se.samverkansportalen.domain.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NoPersonalData} on a text: valid when null, blank or free of personnummer. */
public class NoPersonalDataValidator implements ConstraintValidator<NoPersonalData, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || !PersonalIdentityNumbers.containsIn(value);
    }
}
