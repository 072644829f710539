package se.samverkansportalen.domain.localplan;

/** How often an indicator is measured; its periods are written 2020-01, 2020-T2 or 2020. */
public enum Periodicity {
    MONTH("\\d{4}-(0[1-9]|1[0-2])"), TERTIAL("\\d{4}-T[1-3]"), YEAR("\\d{4}");

    private final String pattern;

    Periodicity(String pattern) {
        this.pattern = pattern;
    }

    /** Whether a period is written the way this periodicity writes it. */
    public boolean accepts(String period) {
        return period != null && period.matches(pattern);
    }
}
