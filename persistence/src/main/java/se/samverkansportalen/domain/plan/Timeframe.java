package se.samverkansportalen.domain.plan;

import java.time.LocalDate;

/**
 * What a tidsram written in words means in dates: when the work starts and when it should be done
 * (either may be unknown), or that it recurs every year. {@code understood} is false for words the
 * portal cannot interpret; the words are kept and shown, and the item is flagged for a coordinator.
 */
public record Timeframe(LocalDate start, LocalDate end, boolean yearly, boolean understood) {

    public static final Timeframe NONE = new Timeframe(null, null, false, true);
    public static final Timeframe NOT_UNDERSTOOD = new Timeframe(null, null, false, false);

    /** Whether work in this tidsram goes on at some time during the year. */
    public boolean touchesYear(int year) {
        if (yearly) {
            return true;
        }
        if (start == null && end == null) {
            return false;
        }
        LocalDate from = start != null ? start : end;
        LocalDate to = end != null ? end : LocalDate.MAX;
        return from.getYear() <= year && to.getYear() >= year;
    }

    /** Whether the work should have been done by this date (a known end that has passed). */
    public boolean overdueOn(LocalDate date) {
        return !yearly && end != null && end.isBefore(date);
    }
}
