package se.samverkansportalen.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.primefaces.component.api.InputHolder;

/**
 * The errors of the form the user just sent, all at once, for the summary at the top of the page
 * (the page template's {@code #error-summary}): each error that concerns a field (a Faces message
 * with a client id: a converter's or validator's refusal, or a service's refusal of the field a
 * form property names) with the field's label and the id of the element that takes the focus, so
 * that the summary links to it. The same message is shown at the field by the page's p:message.
 */
@Named
@RequestScoped
public class FormErrors {

    /** One error at a field: the label the user sees, the message, the id of the element to focus. */
    public record FieldError(String label, String text, String fieldId) {
    }

    private List<FieldError> fieldErrors;
    private boolean collecting;

    /** The field errors of this request in the order of the page, empty when there are none. */
    public List<FieldError> getFieldErrors() {
        if (collecting) {
            // Asked again while collecting: finding the labels visits the page's rendered parts,
            // among them the summary whose rendered attribute asks for these errors.
            return List.of();
        }
        FacesContext context = FacesContext.getCurrentInstance();
        collecting = true;
        try {
            // The template asks before the form is processed too (a component's rendered attribute is
            // read in every phase): only what is read while the page is rendered is final.
            if (context.getCurrentPhaseId() != jakarta.faces.event.PhaseId.RENDER_RESPONSE) {
                return collect(context);
            }
            if (fieldErrors == null) {
                fieldErrors = collect(context);
            }
            return fieldErrors;
        } finally {
            collecting = false;
        }
    }

    private static List<FieldError> collect(FacesContext context) {
        List<FieldError> errors = new ArrayList<>();
        if (context.getViewRoot() == null) {
            return errors;
        }
        List<String> clientIds = new ArrayList<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext();) {
            String clientId = ids.next();
            if (clientId != null) {
                clientIds.add(clientId);
            }
        }
        if (clientIds.isEmpty()) {
            return errors;
        }
        Map<String, String> labels = new HashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        visit(context, labels, positions);
        // In the order of the page, whichever order the messages were added in (a service names the
        // fields it refuses by their names, not by their place on the page).
        clientIds.sort(Comparator.comparing(id -> positions.getOrDefault(id, Integer.MAX_VALUE)));
        for (String clientId : clientIds) {
            String[] found = {null, clientId};
            context.getViewRoot().invokeOnComponent(context, clientId, (c, field) -> {
                Object label = field.getAttributes().get("label");
                found[0] = label == null ? null : label.toString();
                found[1] = focusId(field, clientId);
            });
            for (FacesMessage message : context.getMessageList(clientId)) {
                if (message.getSeverity().getOrdinal() < FacesMessage.SEVERITY_ERROR.getOrdinal()) {
                    continue;
                }
                String label = labels.getOrDefault(clientId, found[0]);
                errors.add(new FieldError(label == null ? "" : label, message.getSummary(), found[1]));
            }
        }
        return errors;
    }

    /** The id of the element a link to the field focuses: a PrimeFaces input's inner input. */
    private static String focusId(UIComponent field, String clientId) {
        if (field instanceof InputHolder holder) {
            return holder.getInputClientId();
        }
        return clientId;
    }

    /**
     * Visits the rendered page once: puts each labelled component's client id with its label's text
     * into {@code labels}, and each component's client id with its place in the page into
     * {@code positions}.
     */
    private static void visit(FacesContext context, Map<String, String> labels, Map<String, Integer> positions) {
        VisitContext visit = VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        context.getViewRoot().visitTree(visit, (v, component) -> {
            positions.putIfAbsent(component.getClientId(context), positions.size());
            if (component instanceof HtmlOutputLabel label && label.getFor() != null && label.getValue() != null) {
                UIComponent target = label.findComponent(label.getFor());
                if (target != null) {
                    labels.putIfAbsent(target.getClientId(context), String.valueOf(label.getValue()).strip());
                }
            }
            return VisitResult.ACCEPT;
        });
    }
}
