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

    /**
     * The periods of this periodicity that a reporting period (2017-T2 or 2017-05) covers: a
     * tertial covers its four months, a month the tertial it falls in; either covers its year.
     */
    public java.util.List<String> periodsIn(String reportingPeriod) {
        if (!TERTIAL.accepts(reportingPeriod) && !MONTH.accepts(reportingPeriod)) {
            throw new IllegalArgumentException("Not a reporting period: " + reportingPeriod);
        }
        String year = reportingPeriod.substring(0, 4);
        boolean tertial = reportingPeriod.charAt(5) == 'T';
        int number = Integer.parseInt(reportingPeriod.substring(tertial ? 6 : 5));
        return switch (this) {
            case YEAR -> java.util.List.of(year);
            case TERTIAL -> java.util.List.of(year + "-T" + (tertial ? number : (number - 1) / 4 + 1));
            case MONTH -> tertial
                    ? java.util.stream.IntStream.rangeClosed((number - 1) * 4 + 1, number * 4)
                            .mapToObj(m -> year + "-" + String.format("%02d", m)).toList()
                    : java.util.List.of(reportingPeriod);
        };
    }
}
