package se.samverkansportalen.web.security;

import java.util.List;
import java.util.Map;

/**
 * The secrets committed in the repository (the portal's OIDC client and the reminder service
 * account, which may list every user's e-mail address) are for the demo only. A production start
 * must get its own from the environment; a demo start ({@code bin/portal}, the tests) says that it
 * is one: {@code SAMVERKAN_DEMO=true} or the system property {@code samverkan.demo=true}.
 * Issue 12, "Sessions".
 */
public final class DemoSecrets {

    /** Each secret's environment variable and the demo value committed for it (oidc.json, KommunEditors, the realm). */
    public static final Map<String, String> COMMITTED = Map.of(
            "SAMVERKAN_OIDC_CLIENT_SECRET", "dev-only-secret-change-me",
            "SAMVERKAN_REMINDER_CLIENT_SECRET", "dev-only-reminder-secret-change-me");

    private DemoSecrets() {
    }

    /** Whether this start is a demo: {@code SAMVERKAN_DEMO=true} or system property {@code samverkan.demo=true}. */
    public static boolean isDemo(Map<String, String> environment, String demoProperty) {
        return "true".equalsIgnoreCase(environment.get("SAMVERKAN_DEMO")) || "true".equalsIgnoreCase(demoProperty);
    }

    /**
     * The secrets a start may not run with: in a demo none; otherwise those whose environment
     * variable is unset, blank or still the committed demo value, by variable name (sorted).
     */
    public static List<String> refused(Map<String, String> environment, boolean demo) {
        if (demo) {
            return List.of();
        }
        return COMMITTED.entrySet().stream()
                .filter(e -> {
                    String value = environment.get(e.getKey());
                    return value == null || value.isBlank() || value.trim().equals(e.getValue());
                })
                .map(Map.Entry::getKey).sorted().toList();
    }
}
