package se.samverkansportalen.web.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Whether Keycloak, the portal's login service, answers right now: a GET of the realm's discovery
 * document ({@link OidcSettings#providerUrl()} + {@code /.well-known/openid-configuration}) that
 * answers 200 within {@value #TIMEOUT_MILLIS} ms. Asked only when a browser is about to be sent to
 * Keycloak's login page ({@link LoginDetour}), never for a user who is already logged in (her token
 * is checked against the realm's keys the portal holds). The answer is kept for
 * {@value #KEPT_MILLIS} ms, so a crowd of login attempts during an outage costs one probe per
 * {@value #KEPT_MILLIS} ms and logins work again at most that long after Keycloak is back, without
 * a restart of the portal. Issue 16, "Outages".
 */
public final class KeycloakReachability {

    /** How long the probe waits for Keycloak's answer, in milliseconds. */
    static final long TIMEOUT_MILLIS = 2_000;
    /** How long an answer is kept, in milliseconds. */
    static final long KEPT_MILLIS = 5_000;

    private static final KeycloakReachability PORTAL = new KeycloakReachability(KeycloakReachability::probe, System::nanoTime);

    private final Supplier<Boolean> probe;
    private final LongSupplier nanoClock;
    private volatile long askedAt;
    private volatile boolean reachable = true;
    private volatile boolean asked;

    KeycloakReachability(Supplier<Boolean> probe, LongSupplier nanoClock) {
        this.probe = probe;
        this.nanoClock = nanoClock;
    }

    /** The portal's Keycloak: whether it answered the last probe, made now when the last is older than {@value #KEPT_MILLIS} ms. */
    public static boolean reachable() {
        return PORTAL.answers();
    }

    /**
     * Whether the login service answers: the kept answer, or a new probe's when none is kept. One
     * caller probes at a time; while it waits (up to {@value #TIMEOUT_MILLIS} ms), the others get
     * the last answer at once, so that neither browsers nor the readiness check queue behind a
     * probe. Only the very first callers, with no answer yet, wait for the first probe.
     */
    boolean answers() {
        if (!asked || nanoClock.getAsLong() - askedAt > KEPT_MILLIS * 1_000_000) {
            if (!asked) {
                probing.lock();
            } else if (!probing.tryLock()) {
                return reachable;
            }
            try {
                if (!asked || nanoClock.getAsLong() - askedAt > KEPT_MILLIS * 1_000_000) {
                    boolean now = probe.get();
                    if (now != reachable) {
                        logChange(now);
                    }
                    reachable = now;
                    askedAt = nanoClock.getAsLong();
                    asked = true;
                }
            } finally {
                probing.unlock();
            }
        }
        return reachable;
    }

    /** Held by the one caller that probes. */
    private final java.util.concurrent.locks.ReentrantLock probing = new java.util.concurrent.locks.ReentrantLock();

    private static void logChange(boolean answers) {
        if (answers) {
            LOG.info(() -> "Keycloak answers at " + OidcSettings.providerUrl() + ": logins go to it");
        } else {
            LOG.warning(() -> "Keycloak does not answer at " + OidcSettings.providerUrl()
                    + ": browsers about to log in get the page " + LoginDetour.PAGE + " instead (users already logged in keep working)");
        }
    }

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(KeycloakReachability.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(TIMEOUT_MILLIS))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private static boolean probe() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(OidcSettings.providerUrl() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofMillis(TIMEOUT_MILLIS)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
