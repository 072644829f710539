package se.samverkansportalen.domain;

/** Guards for the text fields of entities: trimmed, required or optional, within a length. */
public final class Texts {

    private Texts() {
    }

    public static String required(String value, int max, String field) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return withinLength(stripped, max, field);
    }

    public static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return withinLength(value.strip(), max, field);
    }

    private static String withinLength(String value, int max, String field) {
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        return value;
    }
}
