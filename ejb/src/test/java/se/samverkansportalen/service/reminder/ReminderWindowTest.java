package se.samverkansportalen.service.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.Schedule;
import jakarta.ejb.Timer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.reminder.ReminderSent.Kind;

/**
 * When the e-mail reminders go: a deadline inside the window ({@code SAMVERKAN_REMINDER_DAYS}
 * days, 7 unless set) calls for the "before" reminder, one further away for none, a passed one
 * for the "late" reminder; and the morning run is at 07:00 Swedish time, whatever the server's
 * own time zone.
 */
class ReminderWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @Test
    void the_window_is_seven_days_when_the_environment_does_not_set_it() {
        assertThat(ReminderWindow.from(Map.<String, String>of()::get).daysBefore()).isEqualTo(7);
        assertThat(ReminderWindow.from(name -> name.equals(ReminderWindow.SETTING) ? "  " : null).daysBefore())
                .as("blank counts as unset").isEqualTo(7);
    }

    @Test
    void the_window_is_read_from_SAMVERKAN_REMINDER_DAYS() {
        assertThat(ReminderWindow.from(Map.of("SAMVERKAN_REMINDER_DAYS", "3")::get).daysBefore()).isEqualTo(3);
        assertThat(ReminderWindow.from(Map.of("SAMVERKAN_REMINDER_DAYS", " 14 ")::get).daysBefore()).isEqualTo(14);
    }

    @Test
    void a_window_that_is_no_number_of_days_is_refused_with_the_settings_name() {
        assertThatThrownBy(() -> ReminderWindow.from(Map.of("SAMVERKAN_REMINDER_DAYS", "en vecka")::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SAMVERKAN_REMINDER_DAYS");
        assertThatThrownBy(() -> ReminderWindow.from(Map.of("SAMVERKAN_REMINDER_DAYS", "-1")::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SAMVERKAN_REMINDER_DAYS");
    }

    @Test
    void with_the_default_window_a_deadline_seven_days_away_is_reminded_of_and_eight_days_away_is_not() {
        ReminderWindow window = ReminderWindow.from(Map.<String, String>of()::get);

        assertThat(window.due(TODAY, TODAY.plusDays(8))).isEmpty();
        assertThat(window.due(TODAY, TODAY.plusDays(7))).contains(Kind.BEFORE);
        assertThat(window.due(TODAY, TODAY.plusDays(1))).contains(Kind.BEFORE);
        assertThat(window.due(TODAY, TODAY)).as("the deadline day itself").contains(Kind.BEFORE);
        assertThat(window.due(TODAY, TODAY.minusDays(1))).contains(Kind.LATE);
        assertThat(window.due(TODAY, TODAY.minusDays(40))).contains(Kind.LATE);
    }

    @Test
    void a_configured_window_of_three_days_leaves_a_deadline_four_days_away_alone() {
        ReminderWindow window = ReminderWindow.from(Map.of("SAMVERKAN_REMINDER_DAYS", "3")::get);

        assertThat(window.due(TODAY, TODAY.plusDays(4))).isEmpty();
        assertThat(window.due(TODAY, TODAY.plusDays(3))).contains(Kind.BEFORE);
        assertThat(window.due(TODAY, TODAY.minusDays(1))).contains(Kind.LATE);
    }

    @Test
    void the_window_counts_calendar_days_across_the_change_to_summer_time() {
        LocalDate beforeSummerTime = LocalDate.of(2027, 3, 21); // summer time begins 28 March 2027
        ReminderWindow window = new ReminderWindow(7);

        assertThat(window.due(beforeSummerTime, beforeSummerTime.plusDays(7))).contains(Kind.BEFORE);
        assertThat(window.due(beforeSummerTime, beforeSummerTime.plusDays(8))).isEmpty();
    }

    @Test
    void the_morning_run_is_at_seven_oclock_Swedish_time_every_day() {
        Schedule schedule = scheduleOfTheMorningRun();

        assertThat(schedule).as("a timer on the morning run").isNotNull();
        assertThat(schedule.hour()).isEqualTo("7");
        assertThat(schedule.minute()).isEqualTo("0");
        assertThat(schedule.second()).isEqualTo("0");
        assertThat(schedule.dayOfWeek()).isEqualTo("*");
        assertThat(schedule.dayOfMonth()).isEqualTo("*");
        assertThat(schedule.month()).isEqualTo("*");
        assertThat(schedule.timezone()).as("not the server's zone, which may be UTC").isEqualTo("Europe/Stockholm");
        assertThat(schedule.persistent())
                .as("kept in the cluster's shared timer store: once per morning in the cluster, and a morning missed while every node was down is run once when one comes back")
                .isTrue();
    }

    @Test
    void the_days_left_are_counted_in_the_same_zone_as_the_timer() {
        Schedule schedule = scheduleOfTheMorningRun();

        assertThat(new Reminders().clock.getZone()).isEqualTo(ZoneId.of(schedule.timezone()));
    }

    private static Schedule scheduleOfTheMorningRun() {
        try {
            return Reminders.class.getDeclaredMethod("everyMorning", Timer.class).getAnnotation(Schedule.class);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
