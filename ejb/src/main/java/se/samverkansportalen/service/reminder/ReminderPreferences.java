package se.samverkansportalen.service.reminder;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.domain.reminder.ReminderPreference;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.identity.CurrentUser;

/** Each user turns e-mail reminders on or off for themself; on unless turned off. */
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

    private String username() {
        if (!user.isLoggedIn()) {
            throw new jakarta.ejb.EJBAccessException("Not logged in");
        }
        return user.getUsername();
    }
}
