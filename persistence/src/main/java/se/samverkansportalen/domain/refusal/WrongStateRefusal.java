package se.samverkansportalen.domain.refusal;

/**
 * The thing exists and the input is fine, but its state does not allow the step: a closed
 * reporting period, a submitted (locked) report, a fastställd plan version, a comment past its
 * editing time, a delmål that kommuner have reported on. HTTP 409.
 */
public class WrongStateRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public WrongStateRefusal(String messageKey, Object... arguments) {
        super(messageKey, null, texts(arguments));
    }
}
