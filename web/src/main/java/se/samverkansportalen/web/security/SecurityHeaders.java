package se.samverkansportalen.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The security headers of every answer of the portal (pages, API, downloads, error pages, the
 * login redirect): no framing by other sites (clickjacking), no content sniffing, no address
 * sent to other sites, and a Content-Security-Policy. Pages get theirs from PrimeFaces' CSP
 * support ({@code primefaces.CSP}, {@code primefaces.CSP_POLICY} = {@code #{securityHeaders.pagePolicy}}
 * in web.xml), which ends it with {@code script-src 'self' 'nonce-…'} so that only the page's own
 * nonce-carrying scripts run; every other answer gets {@link #OTHER_POLICY}. Styles stay
 * {@code 'unsafe-inline'}: PrimeFaces' components write style attributes, which nonces do not cover.
 * Issue 12, "Sessions".
 */
@Named
@ApplicationScoped
public class SecurityHeaders {

    /** The policy of answers that are not Faces pages (API, downloads, the server's own pages). */
    public static final String OTHER_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /** The part of the pages' policy before PrimeFaces' {@code script-src 'self' 'nonce-…'}. */
    public static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; script-src 'self'";

    /** The headers every answer carries (the Content-Security-Policy is added where it lacks one). */
    public static final Map<String, String> ALWAYS = Map.of(
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin");

    /** The pages' policy for PrimeFaces' CSP support (web.xml {@code primefaces.CSP_POLICY}). */
    public String getPagePolicy() {
        return PAGE_POLICY;
    }
}
