package se.samverkansportalen.web.reminder;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import se.samverkansportalen.service.reminder.Reminders;
import se.samverkansportalen.web.Messages;

/** The coordinator's "send due reminders now" on the periods page. */
@Named
@RequestScoped
public class SendRemindersBacking {

    @EJB
    Reminders reminders;

    @Inject
    Messages messages;

    public void send() {
        List<Reminders.Sent> sent = new ArrayList<>();
        if (messages.attempt(() -> sent.addAll(reminders.sendNow()), "reminders.error.notCoordinator")) {
            messages.info("reminders.sent", sent.stream().mapToInt(s -> s.recipients().size()).sum());
        }
    }
}
