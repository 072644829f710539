package se.samverkansportalen.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import se.samverkansportalen.domain.PersonNames;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.refusal.WrongStateRefusal;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * One change to the portal's data: who made it, when, to which item, and the field's old and new
 * value. Written in the same transaction as the change, never changed afterwards, with one
 * exception: an administrator may redact the old and new value (personal data that got in before
 * it was refused), which keeps who changed what and when and records who redacted, when and why.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FOR_ITEM, query = "SELECT e FROM AuditEntry e WHERE e.itemType = :itemType "
        + "AND e.itemKey = :itemKey ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(name = AuditEntry.VALUES_AFTER, query = "SELECT e.id, e.oldValue, e.newValue FROM AuditEntry e "
        + "WHERE e.id > :after AND (e.oldValue IS NOT NULL OR e.newValue IS NOT NULL) ORDER BY e.id")
public class AuditEntry {

    public static final String FOR_ITEM = "AuditEntry.forItem";
    /**
     * A page of the entries that still hold a value, by id after {@code :after}: rows of id, old
     * and new value (no managed entities), for scanning the whole trail page by page.
     */
    public static final String VALUES_AFTER = "AuditEntry.valuesAfter";
    /** The longest reason an administrator may give for a redaction. */
    public static final int REDACTION_REASON_MAX = 500;
    public static final int ITEM_TYPE_MAX = 40;
    public static final int ITEM_KEY_MAX = 64;
    public static final int ITEM_LABEL_MAX = 300;
    public static final int FIELD_MAX = 60;
    private static final int VALUE_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** UTC. */
    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Size(max = PersonNames.USERNAME_MAX)
    @Column(name = "actor_username", nullable = false, length = PersonNames.USERNAME_MAX)
    private String actorUsername;

    @Size(max = PersonNames.DISPLAY_NAME_MAX)
    @Column(name = "actor_name", length = PersonNames.DISPLAY_NAME_MAX)
    private String actorName;

    @Size(max = Kommun.CODE_LENGTH)
    @Column(name = "actor_kommun", length = Kommun.CODE_LENGTH)
    private String actorKommun;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 30)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = ITEM_TYPE_MAX)
    private AuditItemType itemType;

    @Size(max = ITEM_KEY_MAX)
    @Column(name = "item_key", nullable = false, length = ITEM_KEY_MAX)
    private String itemKey;

    @Size(max = ITEM_LABEL_MAX)
    @Column(name = "item_label", length = ITEM_LABEL_MAX)
    private String itemLabel;

    @Size(max = FIELD_MAX)
    @Column(name = "field", length = FIELD_MAX)
    private String field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    /** UTC; null while the entry is not redacted. */
    @Column(name = "redacted_at")
    private LocalDateTime redactedAt;

    @Size(max = PersonNames.USERNAME_MAX)
    @Column(name = "redacted_by", length = PersonNames.USERNAME_MAX)
    private String redactedBy;

    @Size(max = REDACTION_REASON_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "redaction_reason", length = REDACTION_REASON_MAX)
    private String redactionReason;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actorUsername, String actorName, String actorKommun,
            AuditAction action, AuditItemType itemType, String itemKey, String itemLabel, String field, String oldValue,
            String newValue) {
        this.occurredAt = LocalDateTime.ofInstant(occurredAt, ZoneOffset.UTC);
        this.actorUsername = actorUsername;
        this.actorName = actorName;
        this.actorKommun = actorKommun;
        this.action = action;
        this.itemType = itemType;
        this.itemKey = itemKey;
        this.itemLabel = cut(itemLabel, ITEM_LABEL_MAX);
        this.field = field;
        this.oldValue = cut(oldValue, VALUE_MAX);
        this.newValue = cut(newValue, VALUE_MAX);
    }

    /**
     * Removes the entry's old and new value for good, keeping who changed what and when, and
     * records the redaction: who (a username), why and when (UTC).
     *
     * @throws WrongStateRefusal {@code redaction.error.alreadyRedacted} when the entry is redacted already
     * @throws se.samverkansportalen.domain.refusal.InvalidInputRefusal when the username or the reason is missing or too long
     */
    public void redact(String by, String reason, LocalDateTime at) {
        if (isRedacted()) {
            throw new WrongStateRefusal("redaction.error.alreadyRedacted", String.valueOf(id));
        }
        String who = Texts.required(by, PersonNames.USERNAME_MAX, "redactedBy");
        String why = Texts.required(reason, REDACTION_REASON_MAX, "reason");
        this.redactedAt = Objects.requireNonNull(at, "at");
        this.redactedBy = who;
        this.redactionReason = why;
        this.oldValue = null;
        this.newValue = null;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt.toInstant(ZoneOffset.UTC);
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getActorName() {
        return actorName;
    }

    public String getActorKommun() {
        return actorKommun;
    }

    public AuditAction getAction() {
        return action;
    }

    public AuditItemType getItemType() {
        return itemType;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getItemLabel() {
        return itemLabel;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    /** Whether an administrator has removed the entry's values. */
    public boolean isRedacted() {
        return redactedAt != null;
    }

    /** When the values were removed, or null. */
    public Instant getRedactedAt() {
        return redactedAt == null ? null : redactedAt.toInstant(ZoneOffset.UTC);
    }

    /** The username of the administrator who removed the values, or null. */
    public String getRedactedBy() {
        return redactedBy;
    }

    /** Why the values were removed, or null. */
    public String getRedactionReason() {
        return redactionReason;
    }
}
