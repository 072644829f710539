package se.samverkansportalen.web.reminder;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samverkansportalen.service.reminder.ReminderPreferences;
import se.samverkansportalen.web.Messages;

/**
 * Backs {@code installningar.xhtml}: the user's own settings (e-mail reminders, and the mails about
 * komplettering and granskad reports, each on or off).
 */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReminderPreferences preferences;

    @Inject
    Messages messages;

    private Boolean reminders;
    private boolean completionMails = true;
    private boolean reviewedMails = true;

    public void load() {
        if (reminders == null) {
            ReminderPreferences.Choices choices = preferences.myChoices();
            reminders = choices.reminders();
            completionMails = choices.completionMails();
            reviewedMails = choices.reviewedMails();
        }
    }

    public void save() {
        boolean on = Boolean.TRUE.equals(reminders);
        if (messages.attempt(() -> preferences.setMyChoices(new ReminderPreferences.Choices(on, completionMails, reviewedMails)))) {
            messages.info(on ? "settings.remindersOn" : "settings.remindersOff");
        }
    }

    public boolean isCompletionMails() {
        return completionMails;
    }

    public void setCompletionMails(boolean completionMails) {
        this.completionMails = completionMails;
    }

    public boolean isReviewedMails() {
        return reviewedMails;
    }

    public void setReviewedMails(boolean reviewedMails) {
        this.reviewedMails = reviewedMails;
    }

    public Boolean getReminders() {
        return reminders;
    }

    public void setReminders(Boolean reminders) {
        this.reminders = reminders;
    }
}
