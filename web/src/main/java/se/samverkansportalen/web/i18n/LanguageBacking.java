package se.samverkansportalen.web.i18n;

import se.samverkansportalen.web.Formats;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.StringJoiner;

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

    /** The form field that carries the address's query of the page the switch was pressed on ({@code layout.xhtml}). */
    public static final String PAGE_QUERY = "language-page-query";

    /**
     * Switches between Swedish and English and shows the same page again, at the same address: the
     * query of the page's address as it was shown (its period, kommun, item, page of the matrix),
     * sent with the switch, or else the page's view parameters, are kept in the redirect. The query
     * is rebuilt from its names and values, so nothing but this page's address is redirected to.
     */
    public String toggle() throws java.io.IOException {
        locale = isSwedish() ? ENGLISH : SWEDISH;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        String viewId = faces.getViewRoot().getViewId();
        String query = query(faces.getExternalContext().getRequestParameterMap().get(PAGE_QUERY));
        if (query.isEmpty()) {
            return viewId + "?faces-redirect=true&includeViewParams=true";
        }
        // A read-only page keeps no view state (layout.xhtml, readOnlyView): its parameters come with the switch.
        var external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + viewId + "?" + query);
        faces.responseComplete();
        return null;
    }

    /**
     * A page address's query ({@code period=12&q=Ume%C3%A5}) rebuilt from its decoded names and
     * values, each encoded again (UTF-8); parts without a name, and anything that does not decode,
     * are left out. Gives "" for null or blank.
     */
    static String query(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        StringJoiner query = new StringJoiner("&");
        for (String part : raw.split("&")) {
            int equals = part.indexOf('=');
            String name = equals < 0 ? part : part.substring(0, equals);
            String value = equals < 0 ? "" : part.substring(equals + 1);
            try {
                name = URLDecoder.decode(name, StandardCharsets.UTF_8);
                value = URLDecoder.decode(value, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (!name.isBlank()) {
                query.add(Formats.percentEncoded(name) + "=" + Formats.percentEncoded(value));
            }
        }
        return query.toString();
    }
}
