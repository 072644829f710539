package se.samverkansportalen.service.reminder;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.domain.reminder.ReminderPreference;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.identity.CurrentUser;

/**
 * Each user turns e-mail reminders on or off for themself, and the mails about komplettering and
 * granskad reports; all on unless turned off.
 */
@Stateless
@PermitAll
public class ReminderPreferences {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @Inject
    CurrentUser user;

    @EJB
    AuditTrail audit;

    Clock clock = Clock.system(ZoneId.of("Europe/Stockholm"));

    public boolean mine() {
        ReminderPreference preference = em.find(ReminderPreference.class, username());
        return preference == null || preference.isRemindersEnabled();
    }

    public boolean setMine(boolean enabled) {
        boolean before = mine();
        ReminderPreference preference = em.find(ReminderPreference.class, username());
        if (preference == null) {
            em.persist(new ReminderPreference(username(), enabled, LocalDateTime.now(clock)));
        } else {
            preference.change(enabled, LocalDateTime.now(clock));
        }
        if (before != enabled) {
            audit.changed(new AuditedItem(AuditItemType.REMINDER_PREFERENCE, username(), username()), "enabled", before, enabled);
        }
        return enabled;
    }

    /** The caller's choices: deadline reminders, mails about komplettering, mails about granskad reports. */
    public record Choices(boolean reminders, boolean completionMails, boolean reviewedMails) implements Serializable {
    }

    /** The caller's choices; all on for a user who has made none. */
    public Choices myChoices() {
        ReminderPreference preference = em.find(ReminderPreference.class, username());
        return preference == null ? new Choices(true, true, true)
                : new Choices(preference.isRemindersEnabled(), preference.isCompletionMails(), preference.isReviewedMails());
    }

    /** Sets the caller's choices, each change audited; answers them as stored. */
    public Choices setMyChoices(Choices choices) {
        Choices before = myChoices();
        setMine(choices.reminders());
        ReminderPreference preference = em.find(ReminderPreference.class, username());
        preference.changeReviewMails(choices.completionMails(), choices.reviewedMails(), LocalDateTime.now(clock));
        AuditedItem item = new AuditedItem(AuditItemType.REMINDER_PREFERENCE, username(), username());
        audit.changed(item, "completionMails", before.completionMails(), choices.completionMails());
        audit.changed(item, "reviewedMails", before.reviewedMails(), choices.reviewedMails());
        return myChoices();
    }

    private String username() {
        if (!user.isLoggedIn()) {
            throw new jakarta.ejb.EJBAccessException("Not logged in");
        }
        return user.getUsername();
    }
}
