package se.samverkansportalen.domain.report;

/** Text that holds a personnummer, which the portal never stores. */
public class PersonalDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public PersonalDataException() {
        super("The text holds a personnummer");
    }
}
