package se.samverkansportalen.web;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
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
     * and in the page's error summary). The user's input stays in the form. A page opened (not
     * posted back) at the address of something that does not exist answers 404 beside its message.
     */
    public static void show(FacesContext context, Refusal refusal) {
        String text = RefusalTexts.text(refusal, locale(context));
        List<String> fields = refusal.getField() == null ? List.of() : FieldInputs.markInvalid(context, refusal.getField());
        // At the field it concerns when the page has that field (its p:message and the summary show
        // it); otherwise among the page's own messages.
        context.addMessage(fields.isEmpty() ? null : fields.get(0), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
        if (refusal instanceof NotFoundRefusal && !context.isPostback()) {
            context.getExternalContext().setResponseStatus(404); // a page opened at an address of something that does not exist
        }
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
