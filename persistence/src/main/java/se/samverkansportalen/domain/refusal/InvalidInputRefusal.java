package se.samverkansportalen.domain.refusal;

/**
 * Input that breaks a declared rule: a required field left empty, a text over its column's
 * length, a number out of range, a personnummer in free text, a file that is not of the expected
 * shape. Names the field when one field is at fault. HTTP 400.
 */
public class InvalidInputRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    /** A refusal of the whole input (no single field is at fault). */
    public InvalidInputRefusal(String messageKey, Object... arguments) {
        super(messageKey, null, texts(arguments));
    }

    /** A refusal of one field, by its form property name. */
    public static InvalidInputRefusal atField(String field, String messageKey, Object... arguments) {
        return new InvalidInputRefusal(field, messageKey, texts(arguments));
    }

    private InvalidInputRefusal(String field, String messageKey, java.util.List<String> arguments) {
        super(messageKey, field, arguments);
    }
}
