package se.samverkansportalen.web;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import se.samverkansportalen.domain.localplan.IndicatorValue;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.validation.NumberRule;
import se.samverkansportalen.domain.validation.SwedishNumbers;
import se.samverkansportalen.web.error.RefusalTexts;

/**
 * Decimal numbers typed as Swedish users type them (converter id "swedishDecimal"): "2,4",
 * "1 200", "1 200,5", "−3" (a point is taken too), read by {@link SwedishNumbers} against the
 * column's {@link NumberRule}. What does not fit is refused with the rule's reason in the page's
 * language ("Baslinjen får ha högst 2 decimaler"), never rounded; an input's
 * {@code converterMessage} would replace that reason, so the inputs set none. Shown back with a
 * decimal comma and no grouping, so what is shown can be typed again.
 *
 * <p>The rule is an indicator's {@code DECIMAL(14, 2)} ({@link IndicatorValue#VALUE}, which
 * baseline and target share) unless the input says otherwise with {@code <f:attribute>}s
 * {@code precision}, {@code scale} and {@code negativeAllowed}. A refusal names the field by the
 * input's {@code label} when it has one, else by the property the input is bound to
 * ({@code #{form.baseline}} gives {@code baseline}, shown as its label {@code field.baseline}).
 */
@FacesConverter("swedishDecimal")
public class SwedishDecimalConverter implements Converter<BigDecimal> {

    /** The rule of an input that names none: the indicators' DECIMAL(14, 2) columns. */
    static final NumberRule DEFAULT_RULE = IndicatorValue.VALUE;

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return SwedishNumbers.parse(value, rule(component.getAttributes()), field(component));
        } catch (InvalidInputRefusal refused) {
            throw refusal(context, component, refused);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** The input's rule: {@link #DEFAULT_RULE}, or the column its attributes declare. */
    static NumberRule rule(Map<String, Object> attributes) {
        Object precision = attributes.get("precision");
        Object scale = attributes.get("scale");
        Object negativeAllowed = attributes.get("negativeAllowed");
        if (precision == null && scale == null && negativeAllowed == null) {
            return DEFAULT_RULE;
        }
        return NumberRule.decimal(
                precision == null ? DEFAULT_RULE.precision() : Integer.parseInt(precision.toString().strip()),
                scale == null ? DEFAULT_RULE.scale() : Integer.parseInt(scale.toString().strip()),
                negativeAllowed == null ? DEFAULT_RULE.negativeAllowed() : Boolean.parseBoolean(negativeAllowed.toString().strip()));
    }

    /**
     * The field a refusal names: the last property of the input's value expression
     * ({@code #{row.value}} gives {@code value}), else the input's id.
     */
    static String field(UIComponent component) {
        ValueExpression binding = component.getValueExpression("value");
        String field = binding == null ? null : property(binding.getExpressionString());
        return field != null ? field : component.getId();
    }

    /** The last property name of a simple value expression, or null when it has none. */
    static String property(String expression) {
        if (expression == null) {
            return null;
        }
        String inner = expression.strip();
        if (inner.length() < 4 || !inner.endsWith("}") || !(inner.startsWith("#{") || inner.startsWith("${"))) {
            return null;
        }
        inner = inner.substring(2, inner.length() - 1).strip();
        String leaf = inner.substring(inner.lastIndexOf('.') + 1);
        return !leaf.isEmpty() && leaf.chars().allMatch(Character::isJavaIdentifierPart) ? leaf : null;
    }

    /**
     * The refusal as a conversion error in the page's language (Swedish when the page has none),
     * naming the field by the input's {@code label} when it has one.
     */
    static ConverterException refusal(FacesContext context, UIComponent component, InvalidInputRefusal refused) {
        Locale locale = context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : RefusalTexts.SWEDISH;
        Object label = component.getAttributes().get("label");
        String text = text(refused, label == null ? null : label.toString(), locale);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), refused);
    }

    /** A number's refusal in a language; {@code label} (when not null) names the field instead of its property's label. */
    static String text(InvalidInputRefusal refused, String label, Locale locale) {
        if (label == null || label.isBlank() || refused.getArguments().isEmpty()) {
            return RefusalTexts.text(refused, locale);
        }
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(refused.getMessageKey());
        } catch (MissingResourceException e) {
            return refused.getMessageKey();
        }
        List<Object> arguments = new ArrayList<>(refused.getArguments());
        arguments.set(0, label);
        return new MessageFormat(pattern, locale).format(arguments.toArray());
    }
}
