package se.samverkansportalen.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import se.samverkansportalen.domain.PersonNames;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.tenant.KommunOwned;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * One step of the LBU network's review of a kommun's report, kept as it was taken and never
 * changed after: komplettering begärd (the reviewer's stored display name, when, the comment and
 * the items returned) or granskad. A report's rounds are numbered from 1 in the order they were
 * taken; a second komplettering adds a round, it never overwrites the first.
 *
 * <p>The returned items are kept as the service layer writes them (JSON of each item's type, key
 * and label as it stood), so that the round still names them whatever happens to the report.
 */
@Entity
@Table(name = "report_review_round")
public class ReviewRound extends KommunOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private ProgressReport report;

    @Column(name = "number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 25)
    private ReportStatus outcome;

    @Size(max = PersonNames.DISPLAY_NAME_MAX)
    @Column(name = "reviewer_name", nullable = false, length = PersonNames.DISPLAY_NAME_MAX)
    private String reviewerName;

    @Column(name = "reviewed_at", nullable = false)
    private LocalDateTime reviewedAt;

    @Size(max = ProgressReport.COMMENT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "comment", length = ProgressReport.COMMENT_MAX)
    private String comment;

    @Column(name = "returned_items", nullable = false)
    private String returnedItems;

    protected ReviewRound() {
    }

    ReviewRound(ProgressReport report, int number, ReportStatus outcome, String reviewerName, LocalDateTime reviewedAt,
            String comment, String returnedItems) {
        if (outcome != ReportStatus.COMPLETION_REQUESTED && outcome != ReportStatus.REVIEWED) {
            throw new IllegalArgumentException("A review ends in komplettering begärd or granskad, not " + outcome);
        }
        this.report = report;
        this.number = number;
        this.outcome = outcome;
        this.reviewerName = PersonNames.displayName(Objects.requireNonNullElse(reviewerName, ""));
        this.reviewedAt = Objects.requireNonNull(reviewedAt, "reviewedAt");
        this.comment = comment == null ? null : Texts.required(comment, ProgressReport.COMMENT_MAX, "comment");
        this.returnedItems = Objects.requireNonNull(returnedItems, "returnedItems");
    }

    /** The round's place among the report's rounds, from 1. */
    public int getNumber() {
        return number;
    }

    /** What the round ended in: {@link ReportStatus#COMPLETION_REQUESTED} or {@link ReportStatus#REVIEWED}. */
    public ReportStatus getOutcome() {
        return outcome;
    }

    /** The reviewer's display name as stored when the round was taken; empty when not known (a round carried over). */
    public String getReviewerName() {
        return reviewerName;
    }

    public LocalDateTime getReviewedAt() {
        return reviewedAt;
    }

    /** The reviewer's comment; null for a granskad round without one. */
    public String getComment() {
        return comment;
    }

    /** The returned items as the service layer wrote them. */
    public String getReturnedItems() {
        return returnedItems;
    }
}
