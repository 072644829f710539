package se.samverkansportalen.domain;

/**
 * How the portal stores who did something: the login name (Keycloak's {@code preferred_username},
 * at most {@value #USERNAME_MAX} characters, Keycloak's own limit) and the display name from the
 * token, which Keycloak does not bound and which the portal keeps to {@value #DISPLAY_NAME_MAX}
 * characters. Every column that stores one of them is at least that long, so that a user's name,
 * however long, never stops a save.
 */
public final class PersonNames {

    /** Keycloak's limit for a username; columns holding one are {@code VARCHAR(255)}. */
    public static final int USERNAME_MAX = 255;
    /** The portal's limit for a display name; columns holding one are {@code VARCHAR(200)}. */
    public static final int DISPLAY_NAME_MAX = 200;

    private PersonNames() {
    }

    /** The display name shortened to {@link #DISPLAY_NAME_MAX} characters (an ellipsis marks a cut); null stays null. */
    public static String displayName(String name) {
        return shorten(name, DISPLAY_NAME_MAX);
    }

    /** The username shortened to {@link #USERNAME_MAX} characters; a token never carries a longer one. */
    public static String username(String name) {
        return shorten(name, USERNAME_MAX);
    }

    private static String shorten(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }
}
