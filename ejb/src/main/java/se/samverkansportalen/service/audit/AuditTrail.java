package se.samverkansportalen.service.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import se.samverkansportalen.domain.audit.AuditAction;
import se.samverkansportalen.domain.audit.AuditEntry;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.service.identity.CurrentUser;

/**
 * Records who changed what. Only inside the caller's transaction ({@code MANDATORY}): the entry
 * is committed with the change or rolled back with it, never one without the other.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    Clock clock = Clock.systemUTC();

    /** Records a field's change; nothing when the value did not change. */
    public void changed(AuditedItem item, String field, Object oldValue, Object newValue) {
        String before = text(oldValue);
        String after = text(newValue);
        if (!Objects.equals(before, after)) {
            write(AuditAction.UPDATE, item, field, before, after);
        }
    }

    public void created(AuditedItem item, String summary) {
        write(AuditAction.CREATE, item, null, null, summary);
    }

    public void deleted(AuditedItem item, String summary) {
        write(AuditAction.DELETE, item, null, summary, null);
    }

    public void recorded(AuditAction action, AuditedItem item, String field, String oldValue, String newValue) {
        write(action, item, field, oldValue, newValue);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEntry> history(AuditItemType itemType, String itemKey) {
        return em.createNamedQuery(AuditEntry.FOR_ITEM, AuditEntry.class)
                .setParameter("itemType", itemType).setParameter("itemKey", itemKey).getResultList();
    }

    private void write(AuditAction action, AuditedItem item, String field, String before, String after) {
        em.persist(new AuditEntry(Instant.now(clock), currentUser.getUsername(), currentUser.getDisplayName(),
                currentUser.getKommunCode().orElse(null), action, item.type(), item.key(), item.label(), field,
                before, after));
    }

    /** A value as the history shows it; a number as written, never in exponent form ("10000000", not "1E+7"). */
    private static String text(Object value) {
        if (value instanceof java.math.BigDecimal number) {
            return number.toPlainString();
        }
        return value == null ? null : String.valueOf(value);
    }
}
