package se.samverkansportalen.domain.audit;

import se.samverkansportalen.domain.PersonNames;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One change to the portal's data: who made it, when, to which item, and the field's old and new
 * value. Written in the same transaction as the change, never changed afterwards.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FOR_ITEM, query = "SELECT e FROM AuditEntry e WHERE e.itemType = :itemType "
        + "AND e.itemKey = :itemKey ORDER BY e.occurredAt DESC, e.id DESC")
public class AuditEntry {

    public static final String FOR_ITEM = "AuditEntry.forItem";
    private static final int VALUE_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** UTC. */
    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor_username", nullable = false, length = PersonNames.USERNAME_MAX)
    private String actorUsername;

    @Column(name = "actor_name", length = PersonNames.DISPLAY_NAME_MAX)
    private String actorName;

    @Column(name = "actor_kommun", length = 4)
    private String actorKommun;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 30)
    private AuditAction action;

    @Column(name = "item_type", nullable = false, length = 40)
    private String itemType;

    @Column(name = "item_key", nullable = false, length = 64)
    private String itemKey;

    @Column(name = "item_label", length = 300)
    private String itemLabel;

    @Column(name = "field", length = 60)
    private String field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actorUsername, String actorName, String actorKommun,
            AuditAction action, String itemType, String itemKey, String itemLabel, String field, String oldValue,
            String newValue) {
        this.occurredAt = LocalDateTime.ofInstant(occurredAt, ZoneOffset.UTC);
        this.actorUsername = actorUsername;
        this.actorName = actorName;
        this.actorKommun = actorKommun;
        this.action = action;
        this.itemType = itemType;
        this.itemKey = itemKey;
        this.itemLabel = cut(itemLabel, 300);
        this.field = field;
        this.oldValue = cut(oldValue, VALUE_MAX);
        this.newValue = cut(newValue, VALUE_MAX);
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

    public String getItemType() {
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
}
