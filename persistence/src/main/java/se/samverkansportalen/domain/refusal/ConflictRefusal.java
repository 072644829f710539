package se.samverkansportalen.domain.refusal;

import java.io.Serializable;

/**
 * Someone else changed the thing first (its version is newer than the one the form was opened
 * with). Carries what it says now and who changed it last, when the service knows, so that a page
 * can show the other person's change beside the user's own input, which is kept. HTTP 409.
 */
public class ConflictRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    private final Serializable current;
    private final String changedBy;

    public ConflictRefusal(String messageKey, Object... arguments) {
        this(null, null, messageKey, texts(arguments));
    }

    private ConflictRefusal(Serializable current, String changedBy, String messageKey, java.util.List<String> arguments) {
        super(messageKey, null, arguments);
        this.current = current;
        this.changedBy = changedBy;
    }

    /**
     * A conflict that carries the other person's version.
     *
     * @param current   what the thing says now (a form of the service), or null
     * @param changedBy the display name of whoever changed it last, or null
     */
    public static ConflictRefusal withCurrent(Serializable current, String changedBy, String messageKey, Object... arguments) {
        return new ConflictRefusal(current, changedBy, messageKey, texts(arguments));
    }

    /** What the thing says now, or null when the refusal does not carry it. */
    public Serializable getCurrent() {
        return current;
    }

    /** Who changed it last, or null. */
    public String getChangedBy() {
        return changedBy;
    }
}
