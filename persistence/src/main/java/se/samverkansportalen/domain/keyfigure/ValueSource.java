package se.samverkansportalen.domain.keyfigure;

/**
 * Where a key figure's value came from: fetched from Kolada's API ({@code KOLADA}, the source
 * names its address) or read from a file a user uploaded ({@code FILE}, the source names the
 * file).
 */
public enum ValueSource {
    KOLADA, FILE
}
