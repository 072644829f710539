package se.samverkansportalen.web;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.EnumSet;

/** Finds the inputs of the page that are bound to a form property. */
final class FieldInputs {

    private FieldInputs() {
    }

    /**
     * Shows a refused text field with the text the user typed: after the model was updated the
     * input has no submitted value left, so it is set from the form's value (the typed text).
     */
    private static void keepTyped(FacesContext context, UIInput input) {
        if (input.getSubmittedValue() != null
                || !(input instanceof jakarta.faces.component.html.HtmlInputText || input instanceof jakarta.faces.component.html.HtmlInputTextarea)) {
            return;
        }
        Object current = input.getValue();
        if (current != null) {
            jakarta.faces.convert.Converter<Object> converter = input.getConverter();
            input.setSubmittedValue(converter != null ? converter.getAsString(context, input, current) : current.toString());
        }
    }

    /**
     * Marks invalid every rendered input whose value is bound to the named property of a form
     * ({@code #{bean.form.title}} for the field {@code title}); a field with an index
     * ({@code items[3].narrative}) is matched on its last name only when no index is given.
     *
     * @return the client ids of the inputs marked, in the order of the page (empty when none)
     */
    static java.util.List<String> markInvalid(FacesContext context, String field) {
        java.util.List<String> marked = new java.util.ArrayList<>();
        if (context.getViewRoot() == null || field.contains("[")) {
            return marked;
        }
        String leaf = field.substring(field.lastIndexOf('.') + 1);
        VisitContext visit = VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        context.getViewRoot().visitTree(visit, (v, component) -> {
            if (component instanceof UIInput input) {
                ValueExpression value = input.getValueExpression("value");
                if (value != null && value.getExpressionString().replace(" ", "").endsWith("." + leaf + "}")) {
                    keepTyped(context, input);
                    input.setValid(false);
                    marked.add(input.getClientId(context));
                }
            }
            return VisitResult.ACCEPT;
        });
        return marked;
    }
}
