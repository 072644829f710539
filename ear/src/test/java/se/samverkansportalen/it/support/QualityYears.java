package se.samverkansportalen.it.support;

import java.time.Year;
import java.time.ZoneId;
import java.util.Collection;

/**
 * Years for the kvalitetsberättelser tests write, in a past range: a kommun has one berättelse per
 * year, of a year from 2000 up to the current one (the portal refuses a later year, and a
 * berättelse's decision date may lie neither in the future nor before its year), and tests share a
 * database. A test takes the first year from {@value #FIRST_YEAR} to last year that its kommun has
 * no berättelse of, so it never collides with a berättelse another test class or an earlier run on
 * the same database wrote, and can be fastställd today. The current year is left to people trying
 * the portal by hand.
 */
public final class QualityYears {

    static final int FIRST_YEAR = 2001;

    private QualityYears() {
    }

    /** The first year from {@code from} (at least {@value #FIRST_YEAR}) to the year before {@code now} that is not among the years taken. */
    public static int firstFree(Collection<String> takenYears, int from, Year now) {
        for (int year = Math.max(from, FIRST_YEAR); year < now.getValue(); year++) {
            if (!takenYears.contains(String.valueOf(year))) {
                return year;
            }
        }
        throw new IllegalStateException("The kommun has a kvalitetsberättelse of every year from " + Math.max(from, FIRST_YEAR) + " to "
                + (now.getValue() - 1) + ": use a fresh test database");
    }

    /** A year the kommun (its code, "2480") has no kvalitetsberättelse of, in the past range. */
    public static int freeOf(String kommunCode) {
        return freeOf(kommunCode, FIRST_YEAR);
    }

    /** As {@link #freeOf(String)}, a year not before {@code from} (a test's reporting period's year, say). */
    public static int freeOf(String kommunCode, int from) {
        return firstFree(TestDatabase.column("SELECT report_year FROM quality_report WHERE kommun_code = ?", kommunCode), from,
                Year.now(ZoneId.of("Europe/Stockholm")));
    }
}
