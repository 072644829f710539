package se.samverkansportalen.domain.report;

/** How far a reported item has come: Ej påbörjad, Pågår, Genomförd, Avbruten. */
public enum ItemStatus {
    NOT_STARTED, ONGOING, DONE, CANCELLED
}
