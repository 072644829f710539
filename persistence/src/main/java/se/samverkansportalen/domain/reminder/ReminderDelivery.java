package se.samverkansportalen.domain.reminder;

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
import java.time.LocalDateTime;
import se.samverkansportalen.domain.PersonNames;

/**
 * One reminder mail to one editor: written (with its unique key: period, kommun, kind, occasion
 * and user) and committed before it is sent, claimed by the one sender that sends it, and marked
 * sent afterwards. A mail whose sending failed is released and sent again by a later run; the
 * unique key keeps a second run, a second node or a second click from writing it twice.
 */
@Entity
@Table(name = "reminder_delivery")
@NamedQuery(name = ReminderDelivery.UNSENT, query = "SELECT d.id FROM ReminderDelivery d WHERE d.sentAt IS NULL ORDER BY d.id")
@NamedQuery(name = ReminderDelivery.USERS_OF, query = "SELECT d.username FROM ReminderDelivery d WHERE d.periodId = :period"
        + " AND d.kommunCode = :kommun AND d.kind = :kind AND d.occasion = :occasion")
@NamedQuery(name = ReminderDelivery.CLAIM, query = "UPDATE ReminderDelivery d SET d.claimedAt = :now WHERE d.id = :id"
        + " AND d.sentAt IS NULL AND (d.claimedAt IS NULL OR d.claimedAt < :stale)")
public class ReminderDelivery {

    public static final String UNSENT = "ReminderDelivery.unsent";
    public static final String USERS_OF = "ReminderDelivery.usersOf";
    public static final String CLAIM = "ReminderDelivery.claim";
    public static final int OCCASION_MAX = 40;
    public static final int EMAIL_MAX = 320;
    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "period_id", nullable = false)
    private long periodId;

    @Size(max = 4)
    @Column(name = "kommun_code", nullable = false, length = 4)
    private String kommunCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private ReminderSent.Kind kind;

    /** Which time of its kind: empty for the deadline reminders and granskad, the request's time for a komplettering. */
    @Size(max = OCCASION_MAX)
    @Column(name = "occasion", nullable = false, length = OCCASION_MAX)
    private String occasion;

    @Size(max = PersonNames.USERNAME_MAX)
    @Column(name = "username", nullable = false, length = PersonNames.USERNAME_MAX)
    private String username;

    @Size(max = EMAIL_MAX)
    @Column(name = "email", nullable = false, length = EMAIL_MAX)
    private String email;

    @Size(max = NAME_MAX)
    @Column(name = "recipient_name", nullable = false, length = NAME_MAX)
    private String recipientName;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "claimed_at")
    private LocalDateTime claimedAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    protected ReminderDelivery() {
    }

    public ReminderDelivery(long periodId, String kommunCode, ReminderSent.Kind kind, String occasion, String username, String email,
            String recipientName, LocalDateTime createdAt) {
        this.periodId = periodId;
        this.kommunCode = kommunCode;
        this.kind = kind;
        this.occasion = occasion == null ? "" : occasion;
        this.username = username;
        this.email = email;
        this.recipientName = recipientName == null ? "" : recipientName.length() > NAME_MAX ? recipientName.substring(0, NAME_MAX) : recipientName;
        this.createdAt = createdAt;
    }

    /** Sent: never sent again. */
    public void sent(LocalDateTime at) {
        this.sentAt = at;
        this.claimedAt = null;
        this.attempts++;
    }

    /** Not sent this time: free for a later run to send. */
    public void failed() {
        this.claimedAt = null;
        this.attempts++;
    }

    public Long getId() {
        return id;
    }

    public long getPeriodId() {
        return periodId;
    }

    public String getKommunCode() {
        return kommunCode;
    }

    public ReminderSent.Kind getKind() {
        return kind;
    }

    public String getOccasion() {
        return occasion;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }
}
