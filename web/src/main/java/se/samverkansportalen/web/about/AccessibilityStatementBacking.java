package se.samverkansportalen.web.about;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Backs {@code tillganglighet.xhtml}, the accessibility statement (tillgänglighetsredogörelse)
 * that lag (2018:1937) om tillgänglighet till digital offentlig service requires, laid out as
 * DIGG's model. Its texts are in the message bundle; the address that takes reports of
 * accessibility problems comes from {@code SAMVERKAN_ACCESSIBILITY_CONTACT} (an e-mail address),
 * so that each region running the portal names its own.
 */
@Named
@ApplicationScoped
public class AccessibilityStatementBacking {

    /** The address when the environment names none (a placeholder domain, as the mail sender's). */
    static final String DEFAULT_CONTACT = "tillganglighet@samverkansportalen.example";

    private final String contact = contact(System.getenv("SAMVERKAN_ACCESSIBILITY_CONTACT"));

    /** The e-mail address that takes reports of accessibility problems and requests for content in another form. */
    public String getContact() {
        return contact;
    }

    /** The configured address, or {@link #DEFAULT_CONTACT} when it is unset or blank. */
    static String contact(String configured) {
        return configured == null || configured.isBlank() ? DEFAULT_CONTACT : configured.strip();
    }
}
