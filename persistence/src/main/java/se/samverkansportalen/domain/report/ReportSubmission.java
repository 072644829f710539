package se.samverkansportalen.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.tenant.KommunOwned;

/** A report as it was sent in (its items as JSON), kept unchanged whatever happens to the report after. */
@Entity
@Table(name = "report_submission")
public class ReportSubmission extends KommunOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private ProgressReport report;

    @Column(name = "number", nullable = false)
    private int number;

    @Size(max = se.samverkansportalen.domain.PersonNames.DISPLAY_NAME_MAX)
    @Column(name = "submitted_by", nullable = false, length = se.samverkansportalen.domain.PersonNames.DISPLAY_NAME_MAX)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Column(name = "content", nullable = false)
    private String content;

    protected ReportSubmission() {
    }

    ReportSubmission(ProgressReport report, int number, String submittedBy, LocalDateTime submittedAt, String content) {
        this.report = report;
        this.number = number;
        this.submittedBy = Texts.required(submittedBy, 200, "submittedBy");
        this.submittedAt = submittedAt;
        this.content = content;
    }

    public int getNumber() {
        return number;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getContent() {
        return content;
    }
}
