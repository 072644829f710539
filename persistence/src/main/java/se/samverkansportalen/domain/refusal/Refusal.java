package se.samverkansportalen.domain.refusal;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Something a user asked for that the portal refuses, for a reason the user can act on. Each
 * kind of refusal is its own subclass, and the web layer answers each kind in one place: the REST
 * API by HTTP status (see the subclasses), the pages as a message at the field concerned.
 *
 * <p>A refusal names its Swedish message by a key of the web layer's message bundle
 * ({@code messages.properties}), with {@code arguments} for the key's placeholders, and
 * optionally the input field it concerns (the form property's name, e.g. {@code "title"}). The
 * exception's own text is for the log only: it never reaches a user. Throwing a refusal from a
 * service rolls its transaction back, so nothing of a refused change is stored.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<String> arguments;
    private final String field;

    protected Refusal(String messageKey, String field, List<String> arguments) {
        super(messageKey + (field == null ? "" : " at " + field) + (arguments.isEmpty() ? "" : " " + arguments), null, false, false);
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.copyOf(arguments);
    }

    /** The key of the Swedish message in the web layer's bundle. */
    public String getMessageKey() {
        return messageKey;
    }

    /** The values of the message's placeholders, in order; never null. */
    public List<String> getArguments() {
        return arguments;
    }

    /** The name of the form field the refusal concerns, or null when it concerns the whole form. */
    public String getField() {
        return field;
    }

    static List<String> texts(Object... arguments) {
        return java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }
}
