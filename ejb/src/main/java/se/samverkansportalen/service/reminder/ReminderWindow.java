package se.samverkansportalen.service.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.UnaryOperator;
import se.samverkansportalen.domain.reminder.ReminderSent;

/**
 * Which reminder a deadline calls for on a given day: {@link ReminderSent.Kind#BEFORE} from
 * {@code daysBefore} days before the deadline up to the deadline itself, {@link ReminderSent.Kind#LATE}
 * once it has passed, none while it is further away. The days come from the environment
 * ({@value #SETTING}, {@value #DEFAULT_DAYS} unless set).
 */
public record ReminderWindow(int daysBefore) {

    /** The environment variable that sets the window's days. */
    public static final String SETTING = "SAMVERKAN_REMINDER_DAYS";
    public static final int DEFAULT_DAYS = 7;

    public ReminderWindow {
        if (daysBefore < 0) {
            throw new IllegalArgumentException(SETTING + " must be 0 or more days, got " + daysBefore);
        }
    }

    /** The window as the server's environment sets it. */
    public static ReminderWindow fromEnvironment() {
        return from(System::getenv);
    }

    /** The window as the given environment sets it: unset or blank gives the default; a value that is no whole number is refused. */
    static ReminderWindow from(UnaryOperator<String> environment) {
        String value = environment.apply(SETTING);
        if (value == null || value.isBlank()) {
            return new ReminderWindow(DEFAULT_DAYS);
        }
        try {
            return new ReminderWindow(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SETTING + " must be a number of days, got '" + value + "'", e);
        }
    }

    /** The days from today to the deadline (negative: passed). */
    public static long daysLeft(LocalDate today, LocalDate deadline) {
        return ChronoUnit.DAYS.between(today, deadline);
    }

    /** The reminder due today for a period with this deadline, if any. */
    public Optional<ReminderSent.Kind> due(LocalDate today, LocalDate deadline) {
        long left = daysLeft(today, deadline);
        if (left < 0) {
            return Optional.of(ReminderSent.Kind.LATE);
        }
        return left <= daysBefore ? Optional.of(ReminderSent.Kind.BEFORE) : Optional.empty();
    }
}
