package se.samverkansportalen.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.regex.Pattern;

/**
 * The server's side of {@code resources/js/drafts.js}, which keeps what a user types in a form
 * (marked {@code data-drafts}) in the browser until a save succeeds. The script sends the form's
 * draft key with every submit ({@value #PARAMETER}); a backing bean whose save went through calls
 * {@link #saved()}, and the page rendered next (the same one, or the one redirected to) names that
 * key in {@code <meta name="samverkan-drafts-saved">} so the script drops what it kept. A refused
 * save calls nothing: the browser keeps the text until it is stored.
 */
@Named
@RequestScoped
public class Drafts {

    /** The request parameter drafts.js adds to a form: the form's draft key. */
    public static final String PARAMETER = "samverkan.drafts";
    private static final String FLASH = Drafts.class.getName() + ".saved";
    /** What a draft key may hold (the user's login id, the page's address, the form's id); anything else is ignored. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E&&[^\"'<>\\\\]]{1,400}");

    private String savedNow;

    /** Marks the submitted form's drafts as stored, for this page and for the one redirected to. */
    public void saved() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String key = external.getRequestParameterMap().get(PARAMETER);
        if (key != null && KEY.matcher(key).matches()) {
            savedNow = key;
            external.getFlash().put(FLASH, key);
        }
    }

    /** The draft key whose kept text the browser may drop, or null: saved in this request or the one before a redirect. */
    public String getSavedKey() {
        if (savedNow != null) {
            return savedNow;
        }
        Object flashed = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(FLASH);
        return flashed instanceof String key ? key : null;
    }
}
