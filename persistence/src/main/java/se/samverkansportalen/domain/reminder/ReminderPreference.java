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

    @Column(name = "completion_mails", nullable = false)
    private boolean completionMails = true;

    @Column(name = "reviewed_mails", nullable = false)
    private boolean reviewedMails = true;

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

    /** Sets whether the user gets a mail when LBU asks for komplettering and when a report is granskad. */
    public void changeReviewMails(boolean completion, boolean reviewed, LocalDateTime at) {
        this.completionMails = completion;
        this.reviewedMails = reviewed;
        this.changedAt = at;
    }

    /** Whether the user gets mails of this kind. */
    public boolean wants(ReminderSent.Kind kind) {
        return switch (kind) {
            case BEFORE, LATE -> remindersEnabled;
            case COMPLETION -> completionMails;
            case REVIEWED -> reviewedMails;
        };
    }

    public boolean isCompletionMails() {
        return completionMails;
    }

    public boolean isReviewedMails() {
        return reviewedMails;
    }

    public String getUsername() {
        return username;
    }

    public boolean isRemindersEnabled() {
        return remindersEnabled;
    }
}
