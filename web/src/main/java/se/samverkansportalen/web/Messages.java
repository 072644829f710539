package se.samverkansportalen.web;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.web.error.Failures;
import se.samverkansportalen.web.error.RefusalTexts;

/** Turns message keys from the services into Faces messages in the page's language. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "se.samverkansportalen.web.i18n.messages";

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, List.of(arguments));
    }

    /** A step of a page's action that a service may refuse. */
    @FunctionalInterface
    public interface Step {
        void run();
    }

    /**
     * Runs a step and reports a refusal as a Swedish error message instead of an error page: a
     * business rule's refusal by its message key, a role refusal by the container as "not allowed".
     * The page's input stays as the user typed it.
     *
     * @return whether the step went through
     */
    public boolean attempt(Step step) {
        return attempt(step, "plan.error.notAllowed");
    }

    /** As {@link #attempt(Step)}, naming a role refusal with the page's own message. */
    public boolean attempt(Step step, String notAllowedKey) {
        try {
            step.run();
            return true;
        } catch (EJBAccessException e) {
            error(notAllowedKey);
        } catch (RuntimeException e) {
            Optional<Refusal> refusal = Failures.refusalIn(e);
            if (refusal.isEmpty()) {
                throw e;
            }
            show(FacesContext.getCurrentInstance(), refusal.get());
        }
        return false;
    }

    /**
     * Shows a refusal on the page being rendered, in the page's language, and marks the input
     * bound to the refused field (a form property such as {@code title}) as invalid, so that
     * assistive technology announces it; the message is then the field's own (shown at the field
     * and in the page's error summary). A refusal of several fields (an {@link InvalidInputRefusal}
     * with {@linkplain InvalidInputRefusal#getFurther() further refusals}) is shown in full: each at
     * its own field, and those whose field the page does not have among the page's own messages,
     * each text once. The user's input stays in the form. A page opened (not posted back) at the
     * address of something that does not exist answers 404 beside its message.
     */
    public static void show(FacesContext context, Refusal refusal) {
        java.util.Locale locale = locale(context);
        Set<String> shownOnPage = new HashSet<>();
        context.getMessageList(null).forEach(m -> shownOnPage.add(m.getSummary()));
        for (Placement placement : placements(parts(refusal), r -> RefusalTexts.text(r, locale),
                field -> FieldInputs.markInvalid(context, field))) {
            // At the field it concerns when the page has that field (its p:message and the summary show
            // it); otherwise among the page's own messages, where the same text is not said twice.
            if (placement.clientId() != null || shownOnPage.add(placement.text())) {
                context.addMessage(placement.clientId(), new FacesMessage(FacesMessage.SEVERITY_ERROR, placement.text(), null));
            }
        }
        context.validationFailed();
        if (refusal instanceof NotFoundRefusal && !context.isPostback()) {
            context.getExternalContext().setResponseStatus(404); // a page opened at an address of something that does not exist
        }
    }

    /** The refusals a refusal stands for: every field at fault of an invalid input, else the refusal itself. */
    public static List<? extends Refusal> parts(Refusal refusal) {
        return refusal instanceof InvalidInputRefusal invalid ? invalid.getAll() : List.of(refusal);
    }

    /** Where a refusal's message goes: the client id of its field's input, or null for the page's own messages. */
    record Placement(String clientId, String text) {
    }

    /**
     * Where each refusal's message goes, in the refusals' order, each message once at each place:
     * at the first input the refusal's field is bound to ({@code inputs} gives a field's client
     * ids, in the order of the page), or among the page's messages (client id null) when the
     * refusal names no field or the page has no input for it.
     */
    static List<Placement> placements(List<? extends Refusal> refusals, Function<Refusal, String> text,
            Function<String, List<String>> inputs) {
        Set<Placement> placements = new LinkedHashSet<>();
        for (Refusal refusal : refusals) {
            List<String> clientIds = refusal.getField() == null ? List.of() : inputs.apply(refusal.getField());
            placements.add(new Placement(clientIds.isEmpty() ? null : clientIds.get(0), text.apply(refusal)));
        }
        return List.copyOf(placements);
    }

    /** Shows a message of the bundle as an error on the page being rendered. */
    public static void showKey(FacesContext context, String key) {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, format(key, List.of()), null));
    }

    /** An information message that survives the redirect after a successful action. */
    public void flashInfo(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, List.of(arguments));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public void error(String key, List<String> arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, List.copyOf(arguments));
    }

    public void error(String key) {
        add(FacesMessage.SEVERITY_ERROR, key, List.of());
    }

    /** A text of the bundle in the page's language, for a bean that puts together what a page shows. */
    public String text(String key, Object... arguments) {
        return format(key, List.of(arguments));
    }

    /** The message bundle in the page's language, for texts put together outside a page (exports). */
    public ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale(FacesContext.getCurrentInstance()));
    }

    private void add(FacesMessage.Severity severity, String key, List<?> arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, format(key, arguments), null));
    }

    private static String format(String key, List<?> arguments) {
        return RefusalTexts.text(key, arguments, locale(FacesContext.getCurrentInstance()));
    }

    /**
     * The language the user reads the portal in (the header's choice, Swedish unless they chose
     * English). A message made while a page loads (in its view action) is made before the page has
     * taken that language from the template, so the view's own locale would be the browser's.
     */
    private static java.util.Locale locale(FacesContext context) {
        java.util.Locale chosen = context.getApplication().evaluateExpressionGet(context, "#{languageBacking.locale}", java.util.Locale.class);
        return chosen != null ? chosen : context.getViewRoot().getLocale();
    }
}
