package se.samverkansportalen.domain.localplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.tenant.KommunOwned;
import se.samverkansportalen.domain.validation.NumberRule;
import se.samverkansportalen.domain.validation.SwedishNumbers;

/** An indicator's value for one period; a null value is a period recorded as missing. */
@Entity
@Table(name = "local_indicator_value")
public class IndicatorValue extends KommunOwned {

    /** A period code's length: 2027, 2027-T1 or 2027-03. */
    public static final int PERIOD_MAX = 10;

    /** The value's column, DECIMAL(14, 2): up to ±999 999 999 999,99, never rounded to fit. */
    public static final NumberRule VALUE = NumberRule.decimal(14, 2, true);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "indicator_id", nullable = false)
    private Indicator indicator;

    @Size(max = PERIOD_MAX)
    @Column(name = "period", nullable = false, length = PERIOD_MAX)
    private String period;

    @Column(name = "measured_value", precision = 14, scale = 2)
    private BigDecimal value;

    protected IndicatorValue() {
    }

    IndicatorValue(Indicator indicator, String period, BigDecimal value) {
        this.indicator = indicator;
        this.period = Texts.required(period, PERIOD_MAX, "period");
        this.value = SwedishNumbers.requireWithin(value, VALUE, "value");
    }

    void change(BigDecimal value) {
        this.value = SwedishNumbers.requireWithin(value, VALUE, "value");
    }

    public String getPeriod() {
        return period;
    }

    public BigDecimal getValue() {
        return value;
    }
}
