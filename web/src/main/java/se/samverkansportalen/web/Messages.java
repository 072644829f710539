package se.samverkansportalen.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Turns message keys from the services into Faces messages in the page's language. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "se.samverkansportalen.web.i18n.messages";

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, List.of(arguments));
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

    private void add(FacesMessage.Severity severity, String key, List<?> arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
        String text;
        try {
            String pattern = bundle.getString(key);
            text = arguments.isEmpty() ? pattern : MessageFormat.format(pattern, arguments.toArray());
        } catch (MissingResourceException e) {
            text = key;
        }
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
