package se.samverkansportalen.domain.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A user's choice about e-mail reminders; a user without one gets them. */
@Entity
@Table(name = "reminder_preference")
public class ReminderPreference {

    @Id
    @Column(name = "username", length = se.samverkansportalen.domain.PersonNames.USERNAME_MAX)
    private String username;

    @Column(name = "reminders_enabled", nullable = false)
    private boolean remindersEnabled;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected ReminderPreference() {
    }

    public ReminderPreference(String username, boolean remindersEnabled, LocalDateTime at) {
        this.username = username;
        change(remindersEnabled, at);
    }

    public void change(boolean enabled, LocalDateTime at) {
        this.remindersEnabled = enabled;
        this.changedAt = at;
    }

    public String getUsername() {
        return username;
    }

    public boolean isRemindersEnabled() {
        return remindersEnabled;
    }
}
