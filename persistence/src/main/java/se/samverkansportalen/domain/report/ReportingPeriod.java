package se.samverkansportalen.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import se.samverkansportalen.domain.Texts;

/**
 * A period every kommun reports progress for: a tertial or a month of a year, with a deadline.
 * Opened by a regional coordinator; once closed it is read only.
 */
@Entity
@Table(name = "reporting_period")
@NamedQuery(name = ReportingPeriod.ALL, query = "SELECT p FROM ReportingPeriod p ORDER BY p.year DESC, p.kind, p.number DESC")
@NamedQuery(name = ReportingPeriod.BY_CODE, query = "SELECT p FROM ReportingPeriod p WHERE p.kind = :kind AND p.year = :year AND p.number = :number")
public class ReportingPeriod {

    public static final String ALL = "ReportingPeriod.all";
    public static final String BY_CODE = "ReportingPeriod.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private PeriodKind kind;

    @Column(name = "year", nullable = false)
    private int year;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "is_open", nullable = false)
    private boolean open = true;

    @Size(max = se.samverkansportalen.domain.PersonNames.DISPLAY_NAME_MAX)
    @Column(name = "opened_by", nullable = false, length = se.samverkansportalen.domain.PersonNames.DISPLAY_NAME_MAX)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected ReportingPeriod() {
    }

    public ReportingPeriod(PeriodKind kind, int year, int number, LocalDate deadline, String openedBy, LocalDateTime openedAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("A reporting year between 2000 and 2100, got " + year);
        }
        if (number < 1 || number > kind.perYear()) {
            throw new IllegalArgumentException(kind + " " + number + " does not exist");
        }
        this.year = year;
        this.number = number;
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.openedBy = Texts.required(openedBy, 200, "openedBy");
        this.openedAt = Objects.requireNonNull(openedAt, "opened at");
    }

    /** Closes the period: from now on it is read only. */
    public void close(LocalDateTime at) {
        if (!open) {
            throw new IllegalStateException(code() + " is already closed");
        }
        open = false;
        closedAt = at;
    }

    /** The first day of the period. */
    public LocalDate start() {
        return kind == PeriodKind.TERTIAL ? LocalDate.of(year, (number - 1) * 4 + 1, 1) : LocalDate.of(year, number, 1);
    }

    /** The last day of the period. */
    public LocalDate end() {
        return (kind == PeriodKind.TERTIAL ? start().plusMonths(4) : start().plusMonths(1)).minusDays(1);
    }

    /** The period as indicators write it: 2017-T2 or 2017-05. */
    public String code() {
        return kind == PeriodKind.TERTIAL ? year + "-T" + number : year + "-" + String.format("%02d", number);
    }

    /** Whether the deadline has passed while the period is still open. */
    public boolean isPastDeadline(LocalDate today) {
        return open && today.isAfter(deadline);
    }

    public Long getId() {
        return id;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public int getYear() {
        return year;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public boolean isOpen() {
        return open;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
