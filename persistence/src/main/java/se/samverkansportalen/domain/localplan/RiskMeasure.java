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
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.tenant.KommunOwned;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/** A measure against a risk, with its traffic-light status. */
@Entity
@Table(name = "local_risk_measure")
public class RiskMeasure extends KommunOwned {

    public static final int TITLE_MAX = 300;
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "risk_id", nullable = false)
    private Risk risk;

    @Column(name = "position", nullable = false)
    private int position;

    @Size(max = TITLE_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = TEXT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "description")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10)
    private TrafficLight status;

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected RiskMeasure() {
    }

    RiskMeasure(Risk risk, int position, String title, String description, TrafficLight status) {
        this.risk = risk;
        this.position = position;
        this.title = Texts.required(title, TITLE_MAX, "title");
        this.description = Texts.optional(description, TEXT_MAX, "description");
        this.status = status;
    }

    public void setStatus(TrafficLight status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public Risk getRisk() {
        return risk;
    }

    /** The measure's place among its risk's measures (from 0). */
    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public TrafficLight getStatus() {
        return status;
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
