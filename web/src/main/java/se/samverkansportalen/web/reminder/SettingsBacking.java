package se.samverkansportalen.web.reminder;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samverkansportalen.service.reminder.ReminderPreferences;
import se.samverkansportalen.web.Messages;

/** Backs {@code installningar.xhtml}: the user's own settings (e-mail reminders on or off). */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReminderPreferences preferences;

    @Inject
    Messages messages;

    private Boolean reminders;

    public void load() {
        if (reminders == null) {
            reminders = preferences.mine();
        }
    }

    public void save() {
        if (messages.attempt(() -> reminders = preferences.setMine(reminders))) {
            messages.info(reminders ? "settings.remindersOn" : "settings.remindersOff");
        }
    }

    public Boolean getReminders() {
        return reminders;
    }

    public void setReminders(Boolean reminders) {
        this.reminders = reminders;
    }
}
