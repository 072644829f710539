package se.samverkansportalen.domain.plan;

/** A delmål number that another delmål of the same förbättringsområde already has. */
public class DuplicateNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String number;

    public DuplicateNumberException(String number) {
        super("Delmål " + number + " already exists in this förbättringsområde");
        this.number = number;
    }

    public String getNumber() {
        return number;
    }
}
