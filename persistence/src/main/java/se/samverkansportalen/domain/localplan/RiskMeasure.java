package se.samverkansportalen.domain.localplan;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import se.samverkansportalen.domain.Texts;

/** A measure against a risk, with its traffic-light status. */
@Entity
@Table(name = "local_risk_measure")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "kommun_code", contextProperty = Tenancy.KOMMUN_PROPERTY, length = 4)
public class RiskMeasure {

    public static final int TITLE_MAX = 300;
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "risk_id", nullable = false)
    private Risk risk;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

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
