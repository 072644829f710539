package se.samverkansportalen.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/**
 * Decimal numbers typed as Swedish users type them (converter id "swedishDecimal"): "2,4", "1 200", "1 200,5" (a point is taken
 * too). Shown back with a decimal comma and no grouping, so what is shown can be typed again.
 */
@FacesConverter("swedishDecimal")
public class SwedishDecimalConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String plain = value.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(',', '.');
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            Object message = component.getAttributes().get("converterMessage");
            String text = message != null ? message.toString() : value + " är inget tal.";
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
