package se.samverkansportalen.domain.localplan;

import se.samverkansportalen.domain.tenant.KommunOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import se.samverkansportalen.domain.Texts;

/** An indicator's value for one period; a null value is a period recorded as missing. */
@Entity
@Table(name = "local_indicator_value")
public class IndicatorValue extends KommunOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "indicator_id", nullable = false)
    private Indicator indicator;

    @Column(name = "period", nullable = false, length = 10)
    private String period;

    @Column(name = "measured_value", precision = 14, scale = 2)
    private BigDecimal value;

    protected IndicatorValue() {
    }

    IndicatorValue(Indicator indicator, String period, BigDecimal value) {
        this.indicator = indicator;
        this.period = Texts.required(period, 10, "period");
        this.value = value;
    }

    void change(BigDecimal value) {
        this.value = value;
    }

    public String getPeriod() {
        return period;
    }

    public BigDecimal getValue() {
        return value;
    }
}
