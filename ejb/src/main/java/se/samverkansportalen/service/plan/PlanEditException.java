package se.samverkansportalen.service.plan;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A change to the plan that was refused. {@code messageKey} names the Swedish message in the web
 * layer's bundle, with {@code arguments} for its placeholders. The transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class PlanEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<String> arguments;

    public PlanEditException(String messageKey, String... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArguments() {
        return arguments;
    }
}
