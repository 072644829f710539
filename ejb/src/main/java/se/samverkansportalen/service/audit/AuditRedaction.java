package se.samverkansportalen.service.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import se.samverkansportalen.domain.audit.AuditAction;
import se.samverkansportalen.domain.audit.AuditEntry;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;
import se.samverkansportalen.domain.validation.PersonalIdentityNumbers;
import se.samverkansportalen.service.identity.CurrentUser;
import se.samverkansportalen.service.identity.PortalRole;

/**
 * An administrator cleans personal data out of the audit trail: personnummer that were typed into
 * a text before such text was refused still stand in old and new values there. The administrator
 * finds them (shown masked, never in full) and redacts an entry with a reason; the redaction is
 * itself audited ({@link AuditAction#REDACT} on item type {@value #AUDIT_ENTRY}, the redacted
 * entry's id as key, the reason as new value), in the same transaction. The removed values are
 * copied nowhere.
 */
@Stateless
@RolesAllowed(PortalRole.ADMINISTRATOR)
public class AuditRedaction {

    /** The item type of a redaction's own audit entry; its key is the redacted entry's id. */
    public static final String AUDIT_ENTRY = "AUDIT_ENTRY";
    /** The field a redaction's own audit entry names: the entry's values. */
    public static final String VALUES = "values";
    /** How many audit entries the search reads at a time, so that memory stays bounded however long the trail. */
    static final int PAGE_SIZE = 500;

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @EJB
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /**
     * An audit entry as the administrator sees it: the values (and the item's label) with every
     * personnummer masked ({@link PersonalIdentityNumbers#masked}), whether they hold one, and the
     * redaction when there is one.
     */
    public record Finding(long id, Instant when, String who, String action, String itemType, String itemKey,
            String itemLabel, String field, String before, String after, boolean personalData, boolean redacted,
            Instant redactedAt, String redactedBy, String redactionReason) implements Serializable {
    }

    /** Every audit entry whose old or new value holds a personnummer or samordningsnummer, oldest first. */
    public List<Finding> findPersonalData() {
        List<Finding> findings = new ArrayList<>();
        long after = 0;
        List<Object[]> page;
        do {
            page = em.createNamedQuery(AuditEntry.VALUES_AFTER, Object[].class).setParameter("after", after)
                    .setMaxResults(PAGE_SIZE).getResultList();
            for (Object[] row : page) {
                if (PersonalIdentityNumbers.containsIn((String) row[1]) || PersonalIdentityNumbers.containsIn((String) row[2])) {
                    findings.add(finding(em.find(AuditEntry.class, row[0])));
                }
            }
            if (!page.isEmpty()) {
                after = ((Number) page.get(page.size() - 1)[0]).longValue();
            }
        } while (page.size() == PAGE_SIZE);
        return findings;
    }

    /** The audit entries of one item (its type and key, as the history pages name it), newest first. */
    public List<Finding> entriesOf(@NotBlank @Size(max = AuditEntry.ITEM_TYPE_MAX) String itemType,
            @NotBlank @Size(max = AuditEntry.ITEM_KEY_MAX) String itemKey) {
        return AuditItemType.named(itemType).map(type -> audit.history(type, itemKey).stream().map(AuditRedaction::finding).toList())
                .orElse(List.of());
    }

    /**
     * Removes an audit entry's old and new value for good and records who did it, when and why,
     * on the entry and as a new audit entry.
     *
     * @throws NotFoundRefusal {@code redaction.error.notFound} when there is no such entry
     * @throws se.samverkansportalen.domain.refusal.WrongStateRefusal {@code redaction.error.alreadyRedacted}
     *         when the entry is redacted already
     */
    public void redact(long auditEntryId,
            @NotBlank @Size(max = AuditEntry.REDACTION_REASON_MAX) @PlainText @NoPersonalData String reason) {
        // Locked, so that of two administrators redacting at once the second is told it is done.
        AuditEntry entry = em.find(AuditEntry.class, auditEntryId, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            throw new NotFoundRefusal("redaction.error.notFound");
        }
        entry.redact(currentUser.getUsername(), reason, LocalDateTime.now(clock));
        String key = String.valueOf(entry.getId());
        audit.recorded(AuditAction.REDACT, new AuditedItem(AuditItemType.AUDIT_ENTRY, key, key), VALUES, null,
                entry.getRedactionReason());
    }

    private static Finding finding(AuditEntry e) {
        return new Finding(e.getId(), e.getOccurredAt(), e.getActorName() != null ? e.getActorName() : e.getActorUsername(),
                e.getAction().name(), e.getItemType().name(), e.getItemKey(), PersonalIdentityNumbers.masked(e.getItemLabel()),
                e.getField(), PersonalIdentityNumbers.masked(e.getOldValue()), PersonalIdentityNumbers.masked(e.getNewValue()),
                PersonalIdentityNumbers.containsIn(e.getOldValue()) || PersonalIdentityNumbers.containsIn(e.getNewValue()),
                e.isRedacted(), e.getRedactedAt(), e.getRedactedBy(), e.getRedactionReason());
    }
}
