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
 * and user) and committed before it is sent; claimed by the one sender that sends it (the claim,
 * committed before the mail is handed to the SMTP server, is the "sending" mark, and fixes the
 * mail's Message-ID); then marked sent. A mail whose sending failed (the SMTP client threw) is
 * released and sent again by a later run, with the same Message-ID; the unique key keeps a second
 * run, a second node or a second click from writing it twice. A claim that outlives its timeout
 * with no outcome recorded (its sender died between claiming and recording) is marked
 * {@linkplain #getUnconfirmedAt() unconfirmed}: the mail may have left, so it is never sent again.
 */
@Entity
@Table(name = "reminder_delivery")
@NamedQuery(name = ReminderDelivery.UNSENT, query = "SELECT d.id FROM ReminderDelivery d WHERE d.sentAt IS NULL"
        + " AND d.unconfirmedAt IS NULL ORDER BY d.id")
@NamedQuery(name = ReminderDelivery.USERS_OF, query = "SELECT d.username FROM ReminderDelivery d WHERE d.periodId = :period"
        + " AND d.kommunCode = :kommun AND d.kind = :kind AND d.occasion = :occasion")
@NamedQuery(name = ReminderDelivery.CLAIM, query = "UPDATE ReminderDelivery d SET d.claimedAt = :now WHERE d.id = :id"
        + " AND d.sentAt IS NULL AND d.unconfirmedAt IS NULL AND d.claimedAt IS NULL")
@NamedQuery(name = ReminderDelivery.GIVE_UP, query = "UPDATE ReminderDelivery d SET d.unconfirmedAt = :now WHERE d.id = :id"
        + " AND d.sentAt IS NULL AND d.unconfirmedAt IS NULL AND d.claimedAt < :stale")
public class ReminderDelivery {

    public static final String UNSENT = "ReminderDelivery.unsent";
    public static final String USERS_OF = "ReminderDelivery.usersOf";
    public static final String CLAIM = "ReminderDelivery.claim";
    public static final String GIVE_UP = "ReminderDelivery.giveUp";
    public static final int MESSAGE_ID_MAX = 255;
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

    /** The mail's Message-ID header ({@code <…@…>}), fixed with the first claim; null until then. */
    @Size(max = MESSAGE_ID_MAX)
    @Column(name = "message_id", length = MESSAGE_ID_MAX)
    private String messageId;

    /** When a claim was found timed out with no outcome recorded; null otherwise. */
    @Column(name = "unconfirmed_at")
    private LocalDateTime unconfirmedAt;

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

    /**
     * Fixes the mail's Message-ID ({@code <…@…>}, at most {@link #MESSAGE_ID_MAX} characters) unless
     * an earlier attempt fixed one: every attempt sends the same id. Refuses a blank id.
     */
    public void fixMessageId(String id) {
        if (id == null || id.isBlank() || id.length() > MESSAGE_ID_MAX) {
            throw new IllegalArgumentException("Message-ID: " + id);
        }
        if (messageId == null) {
            messageId = id;
        }
    }

    /** Sent: never sent again. */
    public void sent(LocalDateTime at) {
        this.sentAt = at;
        this.claimedAt = null;
        this.unconfirmedAt = null;
        this.attempts++;
    }

    /**
     * Not sent this time (the SMTP client threw): free for a later run to send, even when it was
     * marked unconfirmed meanwhile (its sender outlived the claim's timeout and now knows the outcome).
     */
    public void failed() {
        this.claimedAt = null;
        this.unconfirmedAt = null;
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

    public String getMessageId() {
        return messageId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** When its claim was found timed out with no outcome (see the class comment); null when it was not. */
    public LocalDateTime getUnconfirmedAt() {
        return unconfirmedAt;
    }
}
