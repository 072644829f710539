package se.samverkansportalen.service.seed;

/** A seed file that cannot be read, or that contradicts itself; the message names what is wrong. */
public class SeedFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SeedFormatException(String message) {
        super(message);
    }

    public SeedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
