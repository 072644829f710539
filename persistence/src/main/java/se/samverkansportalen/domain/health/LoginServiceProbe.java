package se.samverkansportalen.domain.health;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Whether the portal's login service (Keycloak) answers, as the web module asks it: handed down
 * once at the portal's start ({@link #use}) and taken back at its stop, for
 * {@link LoginServiceReadiness}, which cannot see the web module's beans (see the package).
 */
public final class LoginServiceProbe {

    private static final AtomicReference<BooleanSupplier> PROBE = new AtomicReference<>();

    private LoginServiceProbe() {
    }

    /** Asks this probe from now on; null takes it back (the portal stopping). */
    public static void use(BooleanSupplier probe) {
        PROBE.set(probe);
    }

    /** The probe's answer, or empty while the portal has handed none down (not started yet, or stopping). */
    static Optional<Boolean> answers() {
        BooleanSupplier probe = PROBE.get();
        return probe == null ? Optional.empty() : Optional.of(probe.getAsBoolean());
    }
}
