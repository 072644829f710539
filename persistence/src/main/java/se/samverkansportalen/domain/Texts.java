package se.samverkansportalen.domain;

import se.samverkansportalen.domain.refusal.InvalidInputRefusal;

/**
 * The entities' own guard for their text fields: trimmed, required or optional, within the
 * length declared next to the field ({@code @Size}, the same constant as the column). Services
 * check the same declarations before an entity is touched, so this guard refuses only what came
 * past them; it refuses the same way, naming the field by its property name.
 */
public final class Texts {

    private Texts() {
    }

    /**
     * The text stripped of surrounding white space.
     *
     * @throws InvalidInputRefusal {@code input.required} when nothing is left, {@code input.tooLong} past {@code max} characters
     */
    public static String required(String value, int max, String field) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw InvalidInputRefusal.atField(field, "input.required", field);
        }
        return withinLength(stripped, max, field);
    }

    /**
     * The text stripped of surrounding white space, or null when it is empty.
     *
     * @throws InvalidInputRefusal {@code input.tooLong} past {@code max} characters
     */
    public static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return withinLength(value.strip(), max, field);
    }

    private static String withinLength(String value, int max, String field) {
        if (value.length() > max) {
            throw InvalidInputRefusal.atField(field, "input.tooLong", field, max);
        }
        return value;
    }
}
