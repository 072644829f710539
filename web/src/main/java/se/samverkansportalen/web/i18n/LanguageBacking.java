package se.samverkansportalen.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the pages: Swedish unless the user chooses English for this session. The
 * browser's language is not used, so a Swedish kommun's shared computer shows Swedish.
 */
@Named
@SessionScoped
public class LanguageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Locale locale = SWEDISH;

    public Locale getLocale() {
        return locale;
    }

    public boolean isSwedish() {
        return "sv".equals(locale.getLanguage());
    }

    /**
     * Switches between Swedish and English and shows the same page again, at the same address: the
     * page's view parameters (its period, kommun, item, page of the matrix) are kept in the redirect.
     */
    public String toggle() {
        locale = isSwedish() ? ENGLISH : SWEDISH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
