package se.samverkansportalen.domain.report;

/** A reporting period is a tertial (T1–T3: four months) or a month. */
public enum PeriodKind {
    TERTIAL(3), MONTH(12);

    private final int perYear;

    PeriodKind(int perYear) {
        this.perYear = perYear;
    }

    public int perYear() {
        return perYear;
    }
}
