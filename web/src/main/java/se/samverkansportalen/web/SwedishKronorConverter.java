package se.samverkansportalen.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.validation.NumberRule;
import se.samverkansportalen.domain.validation.SwedishNumbers;

/**
 * Amounts of whole kronor typed as Swedish users type them (converter id "swedishKronor"):
 * "450 000", "5 000 000" ("1 000,00" is taken as 1 000), read by {@link SwedishNumbers} against
 * {@link NumberRule#KRONOR}, the rule of a local plan's budget and of a measure's cost: not
 * negative, no öre, at most 999 999 999 999 kr. What does not fit is refused with the rule's
 * reason in the page's language, named by the property the input is bound to
 * ({@code #{form.costSek}} gives {@code costSek}); an input's {@code converterMessage} would
 * replace that reason, so the inputs set none. Shown back as plain digits, which can be typed
 * again.
 */
@FacesConverter("swedishKronor")
public class SwedishKronorConverter implements Converter<Long> {

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return SwedishNumbers.parseKronor(value, NumberRule.KRONOR, SwedishDecimalConverter.field(component));
        } catch (InvalidInputRefusal refused) {
            throw SwedishDecimalConverter.refusal(context, component, refused);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
