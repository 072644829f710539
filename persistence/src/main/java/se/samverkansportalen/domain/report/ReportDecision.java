package se.samverkansportalen.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import se.samverkansportalen.domain.PersonNames;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.tenant.KommunOwned;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * A kommun's tertial report fastställd for its records: the decision (date, the nämnd or
 * decision-maker, diarienummer), the submission it fastställer, and the exact PDF the portal
 * rendered for it with the bytes' SHA-256. Written once and never changed: there are no setters.
 * A later correction of the report is a new decision of its own (the next {@code number}, its own
 * diarienummer); the earlier ones stay. Made by {@link ProgressReport#adopt}.
 */
@Entity
@Table(name = "report_decision")
@NamedQuery(name = ReportDecision.OF_REPORT, query = "SELECT d FROM ReportDecision d WHERE d.report = :report ORDER BY d.number")
@NamedQuery(name = ReportDecision.BY_NUMBER, query = "SELECT d FROM ReportDecision d WHERE d.report = :report AND d.number = :number")
public class ReportDecision extends KommunOwned {

    public static final String OF_REPORT = "ReportDecision.ofReport";
    public static final String BY_NUMBER = "ReportDecision.byNumber";
    public static final int DECIDED_BY_MAX = 200;
    public static final int REGISTRATION_NUMBER_MAX = 60;

    /** A decision without its bytes: what lists and pages show. */
    public record Summary(int number, int submissionNumber, LocalDate adoptedOn, String decidedBy, String registrationNumber,
            String recordedBy, LocalDateTime recordedAt, String sha256) implements java.io.Serializable {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    private ProgressReport report;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "submission_number", nullable = false, updatable = false)
    private int submissionNumber;

    @Column(name = "adopted_on", nullable = false, updatable = false)
    private LocalDate adoptedOn;

    @Size(max = DECIDED_BY_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "decided_by", nullable = false, updatable = false, length = DECIDED_BY_MAX)
    private String decidedBy;

    @Size(max = REGISTRATION_NUMBER_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "registration_number", nullable = false, updatable = false, length = REGISTRATION_NUMBER_MAX)
    private String registrationNumber;

    @Size(max = PersonNames.DISPLAY_NAME_MAX)
    @Column(name = "recorded_by", nullable = false, updatable = false, length = PersonNames.DISPLAY_NAME_MAX)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    @jakarta.persistence.Lob
    @Column(name = "pdf", nullable = false, updatable = false)
    private byte[] pdf;

    @Size(min = 64, max = 64)
    @Column(name = "pdf_sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    protected ReportDecision() {
    }

    ReportDecision(ProgressReport report, int number, int submissionNumber, LocalDate adoptedOn, String decidedBy,
            String registrationNumber, String recordedBy, LocalDateTime recordedAt, byte[] pdf) {
        if (adoptedOn == null || recordedAt == null) {
            throw new IllegalArgumentException("A decision needs its date");
        }
        if (pdf == null || pdf.length == 0) {
            throw new IllegalArgumentException("A decision keeps its document");
        }
        this.report = report;
        this.number = number;
        this.submissionNumber = submissionNumber;
        this.adoptedOn = adoptedOn;
        this.decidedBy = Texts.required(decidedBy, DECIDED_BY_MAX, "decidedBy");
        this.registrationNumber = Texts.required(registrationNumber, REGISTRATION_NUMBER_MAX, "registrationNumber");
        this.recordedBy = Texts.required(PersonNames.displayName(recordedBy), PersonNames.DISPLAY_NAME_MAX, "recordedBy");
        this.recordedAt = recordedAt;
        this.pdf = pdf.clone();
        this.sha256 = sha256(this.pdf);
    }

    /** The SHA-256 of {@code bytes}, as 64 lower-case hexadecimal digits. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    public Summary summary() {
        return new Summary(number, submissionNumber, adoptedOn, decidedBy, registrationNumber, recordedBy, recordedAt, sha256);
    }

    public int getNumber() {
        return number;
    }

    public int getSubmissionNumber() {
        return submissionNumber;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    /** The document's bytes exactly as rendered when the report was fastställd (a copy). */
    public byte[] getPdf() {
        return pdf.clone();
    }

    public String getSha256() {
        return sha256;
    }
}
