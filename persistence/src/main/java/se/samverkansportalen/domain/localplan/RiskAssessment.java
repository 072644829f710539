package se.samverkansportalen.domain.localplan;

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
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.tenant.KommunOwned;

/**
 * A risk's place on the 4x4 matrix in one period (2020-T2): likelihood and severity, whose
 * product gives the level. When a source gives only the colour, that level is kept without a cell.
 */
@Entity
@Table(name = "local_risk_assessment")
public class RiskAssessment extends KommunOwned {

    /** A period code's length: 2027, 2027-T1 or 2027-03. */
    public static final int PERIOD_MAX = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "risk_id", nullable = false)
    private Risk risk;

    @Size(max = PERIOD_MAX)
    @Column(name = "period", nullable = false, length = PERIOD_MAX)
    private String period;

    @Column(name = "likelihood")
    private Integer likelihood;

    @Column(name = "severity")
    private Integer severity;

    @Enumerated(EnumType.STRING)
    @Column(name = "stated_level", length = 10)
    private RiskLevel statedLevel;

    protected RiskAssessment() {
    }

    RiskAssessment(Risk risk, String period) {
        this.risk = risk;
        this.period = Texts.required(period, PERIOD_MAX, "period");
    }

    void place(int likelihood, int severity) {
        this.likelihood = likelihood;
        this.severity = severity;
        this.statedLevel = null;
    }

    void stateOnly(RiskLevel level) {
        this.likelihood = null;
        this.severity = null;
        this.statedLevel = Objects.requireNonNull(level, "level");
    }

    /** The level: from the cell when the risk is placed in the matrix, else as stated. */
    public RiskLevel getLevel() {
        return likelihood != null && severity != null ? RiskLevel.of(likelihood, severity) : statedLevel;
    }

    public boolean isPlaced() {
        return likelihood != null && severity != null;
    }

    public Risk getRisk() {
        return risk;
    }

    public String getPeriod() {
        return period;
    }

    public Integer getLikelihood() {
        return likelihood;
    }

    public Integer getSeverity() {
        return severity;
    }
}
