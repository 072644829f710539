package se.samverkansportalen.domain.refusal;

/**
 * The caller is known but may not do this: not the author of a comment, a role that does not
 * review. (A role refused by {@code @RolesAllowed} is the container's own refusal and is answered
 * the same way.) HTTP 403.
 */
public class ForbiddenRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public ForbiddenRefusal(String messageKey, Object... arguments) {
        super(messageKey, null, texts(arguments));
    }
}
