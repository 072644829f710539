package se.samverkansportalen.it.support;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Reporting periods no one has opened yet, for tests that open their own: a test takes the first
 * free tertial or month from 2001 on, so it never collides with a period another test class or an
 * earlier run on the same database opened (a period is opened once: "periodExists").
 */
public final class PeriodSlots {

    static final int FIRST_YEAR = 2001;
    static final int LAST_YEAR = 2099;

    private PeriodSlots() {
    }

    /** A period by kind ("TERTIAL" or "MONTH"), year and number (tertial 1–3, month 1–12). */
    public record Slot(String kind, int year, int number) {

        /** As the portal writes it: "2003-T2", "2003-07". */
        public String code() {
            return kind.equals("TERTIAL") ? year + "-T" + number : year + "-" + String.format("%02d", number);
        }

        public LocalDate start() {
            return kind.equals("TERTIAL") ? LocalDate.of(year, (number - 1) * 4 + 1, 1) : LocalDate.of(year, number, 1);
        }

        public LocalDate end() {
            return kind.equals("TERTIAL") ? start().plusMonths(4).minusDays(1) : start().plusMonths(1).minusDays(1);
        }

        /** A deadline such as coordinators set: 15 days after the period's end. */
        public LocalDate deadline() {
            return end().plusDays(15);
        }
    }

    /** The first slot of the kind whose code is not among the codes already taken. */
    public static Slot firstFree(String kind, Collection<String> takenCodes) {
        int numbers = kind.equals("TERTIAL") ? 3 : 12;
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (int number = 1; number <= numbers; number++) {
                Slot slot = new Slot(kind, year, number);
                if (!takenCodes.contains(slot.code())) {
                    return slot;
                }
            }
        }
        throw new IllegalStateException("Every " + kind + " from " + FIRST_YEAR + " to " + LAST_YEAR + " is taken: use a fresh test database");
    }

    /** The SQL that lists the codes already taken, as {@link Slot#code()} writes them. */
    public static final String TAKEN_CODES = "SELECT CASE kind WHEN 'TERTIAL' THEN CONCAT(year, '-T', number) "
            + "ELSE CONCAT(year, '-', LPAD(number, 2, '0')) END FROM reporting_period";
}
