package se.samverkansportalen.domain.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** That a reminder of a kind went to a kommun's editors for a period; each is sent once. */
@Entity
@Table(name = "reminder_sent")
public class ReminderSent {

    /**
     * Before the deadline, or after it while the report is still not sent; and the news of a
     * review step: LBU asked for komplettering, or marked the report granskad.
     */
    public enum Kind {
        BEFORE, LATE, COMPLETION, REVIEWED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "period_id", nullable = false)
    private long periodId;

    @Size(max = 4)
    @Column(name = "kommun_code", nullable = false, length = 4)
    private String kommunCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind;

    @Column(name = "recipients", nullable = false)
    private int recipients;

    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    protected ReminderSent() {
    }

    public ReminderSent(long periodId, String kommunCode, Kind kind, int recipients, LocalDateTime sentAt) {
        this.periodId = periodId;
        this.kommunCode = kommunCode;
        this.kind = kind;
        this.recipients = recipients;
        this.sentAt = sentAt;
    }

    public long getPeriodId() {
        return periodId;
    }

    public String getKommunCode() {
        return kommunCode;
    }

    public Kind getKind() {
        return kind;
    }
}
