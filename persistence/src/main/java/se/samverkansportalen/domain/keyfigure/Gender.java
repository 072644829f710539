package se.samverkansportalen.domain.keyfigure;

import java.util.Optional;

/**
 * Whom a key figure's value counts, as Kolada splits its values: {@code T} totalt, {@code K}
 * kvinnor, {@code M} män. Stored and exchanged by Kolada's letter.
 */
public enum Gender {
    T, K, M;

    /** The gender of Kolada's letter (T, K or M, as written), or empty for any other text. */
    public static Optional<Gender> ofLetter(String letter) {
        for (Gender g : values()) {
            if (g.name().equals(letter)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
