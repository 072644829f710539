package se.samverkansportalen.domain.refusal;

/**
 * An outside source the step depends on (Kolada's API) did not answer in time, could not be
 * reached or answered something the portal cannot read. The input is fine and nothing was
 * stored; trying again later may work. HTTP 502.
 */
public class SourceUnavailableRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public SourceUnavailableRefusal(String messageKey, Object... arguments) {
        super(messageKey, null, texts(arguments));
    }
}
