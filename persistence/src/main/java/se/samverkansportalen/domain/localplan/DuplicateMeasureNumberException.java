package se.samverkansportalen.domain.localplan;

/** A measure number another measure of the same plan already has. */
public class DuplicateMeasureNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int number;

    public DuplicateMeasureNumberException(int number) {
        super("Measure " + number + " already exists in the plan");
        this.number = number;
    }

    public int getNumber() {
        return number;
    }
}
