package se.samverkansportalen.domain.refusal;

/**
 * What was asked for does not exist, <em>or is not the caller's</em>: another kommun's plan is
 * answered exactly like a plan that was never made, so that ids cannot be probed. HTTP 404.
 */
public class NotFoundRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public NotFoundRefusal(String messageKey, Object... arguments) {
        super(messageKey, null, texts(arguments));
    }
}
