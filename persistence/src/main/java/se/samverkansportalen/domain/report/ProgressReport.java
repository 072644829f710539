package se.samverkansportalen.domain.report;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.tenant.KommunOwned;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * A kommun's progress report for one period: one item per regional aktivitet done in every
 * kommun and per measure of its fastställda local plans. Its workflow: utkast → inskickad →
 * granskad, or komplettering begärd (reopened for the kommun with the reviewer's comment).
 * Every submission is kept as it was sent, so a reopened report never changes silently, and every
 * round of the review is kept as it was taken ({@link ReviewRound}), so a second komplettering never
 * overwrites the first.
 */
@Entity
@Table(name = "progress_report")
@NamedQuery(name = ProgressReport.FOR_PERIOD, query = "SELECT r FROM ProgressReport r WHERE r.period = :period")
public class ProgressReport extends KommunOwned {

    public static final String FOR_PERIOD = "ProgressReport.forPeriod";
    public static final int COMMENT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private ReportingPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 25)
    private ReportStatus status = ReportStatus.DRAFT;

    @Size(max = COMMENT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "review_comment", length = COMMENT_MAX)
    private String reviewComment;

    @Column(name = "changed_at")
    private LocalDateTime changedAt;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReportItem> items = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ReportSubmission> submissions = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ReviewRound> reviewRounds = new ArrayList<>();

    /** The submission the latest decision fastställde ({@link ReportDecision}); null before the first. */
    @Column(name = "adopted_submission")
    private Integer adoptedSubmission;

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected ProgressReport() {
    }

    public ProgressReport(ReportingPeriod period) {
        if (!period.isOpen()) {
            throw new IllegalStateException("Period " + period.code() + " is closed");
        }
        this.period = period;
    }

    public ReportItem addItem(ItemType type, String itemKey, String label) {
        ReportItem item = new ReportItem(this, items.size(), type, itemKey, label);
        items.add(item);
        return item;
    }

    public Optional<ReportItem> item(ItemType type, String itemKey) {
        return items.stream().filter(i -> i.getType() == type && i.getItemKey().equals(itemKey)).findFirst();
    }

    /** Refuses a change by the kommun unless the report is open to it and its period is open. */
    public void requireEditableByKommun() {
        if (!period.isOpen()) {
            throw new IllegalStateException("Period " + period.code() + " is closed");
        }
        if (!status.editableByKommun()) {
            throw new IllegalStateException("The report is " + status + " and locked for the kommun");
        }
    }

    /** Inskickad: locked for the kommun; what was sent is kept as a submission. */
    public ReportSubmission submit(String by, LocalDateTime at, String content) {
        requireEditableByKommun();
        status = ReportStatus.SUBMITTED;
        changedAt = at;
        items.forEach(ReportItem::clearReturn);
        ReportSubmission submission = new ReportSubmission(this, submissions.size() + 1, by, at, content);
        submissions.add(submission);
        return submission;
    }

    /** Granskad by the LBU network ({@code by}, the reviewer's display name): kept as a round of its own. */
    public ReviewRound review(String by, LocalDateTime at) {
        requireSubmitted();
        status = ReportStatus.REVIEWED;
        changedAt = at;
        ReviewRound round = new ReviewRound(this, reviewRounds.size() + 1, ReportStatus.REVIEWED, by, at, null, "[]");
        reviewRounds.add(round);
        return round;
    }

    /**
     * Komplettering begärd by {@code by}: reopened for the kommun with the comment; the named items
     * are returned. The round is kept with {@code returnedRecord} (the returned items as the service
     * layer writes them); earlier rounds stay as they were.
     */
    public ReviewRound requestCompletion(String by, String comment, List<ReportItem> returned, String returnedRecord, LocalDateTime at) {
        requireSubmitted();
        if (isAdopted()) {
            throw new IllegalStateException("The report is fastställd and is not reopened for komplettering");
        }
        this.reviewComment = Texts.required(comment, COMMENT_MAX, "comment");
        returned.forEach(ReportItem::markReturned);
        status = ReportStatus.COMPLETION_REQUESTED;
        changedAt = at;
        ReviewRound round = new ReviewRound(this, reviewRounds.size() + 1, ReportStatus.COMPLETION_REQUESTED, by, at, reviewComment,
                returnedRecord);
        reviewRounds.add(round);
        return round;
    }

    private void requireSubmitted() {
        if (status != ReportStatus.SUBMITTED) {
            throw new IllegalStateException("Only a submitted report is reviewed; this one is " + status);
        }
    }

    /**
     * Whether the report stands as the kommun fastställde it: the latest decision recorded the
     * latest submission and the report has not been reopened since. A fastställd report is frozen:
     * the kommun cannot change it and the LBU network cannot return it for komplettering (granskad
     * changes nothing of it and is allowed). It changes again only through {@link #reopenForCorrection}.
     */
    public boolean isAdopted() {
        return adoptedSubmission != null && adoptedSubmission == submissions.size() && !status.editableByKommun();
    }

    /** The submission the latest decision fastställde, or empty before the first decision. */
    public Optional<Integer> getAdoptedSubmission() {
        return Optional.ofNullable(adoptedSubmission);
    }

    /**
     * Fastställd by the kommun (a nämnd or decision-maker, on {@code adoptedOn}, under
     * {@code registrationNumber}): the report as its latest submission stands is frozen, and the
     * returned decision ({@code number}, 1 for the first, one more for each correction) keeps the
     * rendered {@code pdf} and its SHA-256. The caller persists the decision.
     *
     * @throws IllegalStateException unless the report is inskickad or granskad and not fastställd already
     */
    public ReportDecision adopt(int number, LocalDate adoptedOn, String decidedBy, String registrationNumber, String recordedBy,
            LocalDateTime recordedAt, byte[] pdf) {
        if (status != ReportStatus.SUBMITTED && status != ReportStatus.REVIEWED) {
            throw new IllegalStateException("Only a submitted or reviewed report is fastställd; this one is " + status);
        }
        if (isAdopted()) {
            throw new IllegalStateException("Submission " + adoptedSubmission + " is fastställd already");
        }
        ReportDecision decision = new ReportDecision(this, number, submissions.size(), adoptedOn, decidedBy, registrationNumber,
                recordedBy, recordedAt, pdf);
        adoptedSubmission = submissions.size();
        changedAt = recordedAt;
        return decision;
    }

    /**
     * A correction of a fastställd report: reopened for the kommun as an utkast (its answers kept);
     * the earlier decisions and their documents stay as they are. Once submitted again it can be
     * fastställd as a new version with its own diarienummer.
     *
     * @throws IllegalStateException unless the report is fastställd and its period open
     */
    public void reopenForCorrection(LocalDateTime at) {
        if (!isAdopted()) {
            throw new IllegalStateException("Only a fastställd report is corrected");
        }
        if (!period.isOpen()) {
            throw new IllegalStateException("Period " + period.code() + " is closed");
        }
        status = ReportStatus.DRAFT;
        changedAt = at;
    }

    public Long getId() {
        return id;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public List<ReportItem> getItems() {
        return List.copyOf(items);
    }

    public List<ReportSubmission> getSubmissions() {
        return submissions.stream().sorted(java.util.Comparator.comparingInt(ReportSubmission::getNumber)).toList();
    }

    /** Every round of the LBU network's review, in the order they were taken. */
    public List<ReviewRound> getReviewRounds() {
        return reviewRounds.stream().sorted(java.util.Comparator.comparingInt(ReviewRound::getNumber)).toList();
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
