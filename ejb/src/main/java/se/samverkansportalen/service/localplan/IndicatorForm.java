package se.samverkansportalen.service.localplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.samverkansportalen.domain.localplan.Direction;
import se.samverkansportalen.domain.localplan.Indicator;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.localplan.IndicatorValue;
import se.samverkansportalen.domain.localplan.Periodicity;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * An indicator as its edit form holds it: its description, and (for a typed indicator) its
 * values per period, where a row marked missing records "uppgift saknas" and a row with neither
 * a value nor the mark is taken away. A ratio names its two parts and has no typed values.
 */
public class IndicatorForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long planId;
    private Long id;
    private int lockVersion;
    @NotBlank
    @Size(max = Indicator.NAME_MAX)
    @PlainText
    @NoPersonalData
    private String name;
    @NotNull
    private IndicatorUnit unit = IndicatorUnit.COUNT;
    private Direction direction;
    private BigDecimal baseline;
    private BigDecimal target;
    @NotNull
    private Periodicity periodicity = Periodicity.MONTH;
    private Long numeratorId;
    private Long denominatorId;
    @Size(max = Indicator.NOTE_MAX)
    @PlainText
    @NoPersonalData
    private String note;
    private boolean derived;
    @NotNull
    @Valid
    private List<@NotNull Row> rows = new ArrayList<>();

    /** A period's row of the values table. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        @Size(max = IndicatorValue.PERIOD_MAX)

        private String period;
        private BigDecimal value;
        private boolean missing;

        public Row() {
        }

        public Row(String period, BigDecimal value, boolean missing) {
            this.period = period;
            this.value = value;
            this.missing = missing;
        }

        public String getPeriod() {
            return period;
        }

        public void setPeriod(String period) {
            this.period = period;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }

        public boolean isMissing() {
            return missing;
        }

        public void setMissing(boolean missing) {
            this.missing = missing;
        }
    }

    public IndicatorForm() {
    }

    public IndicatorForm(long planId) {
        this.planId = planId;
    }

    public boolean isNew() {
        return id == null;
    }

    public long getPlanId() {
        return planId;
    }

    public void setPlanId(long planId) {
        this.planId = planId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getLockVersion() {
        return lockVersion;
    }

    public void setLockVersion(int lockVersion) {
        this.lockVersion = lockVersion;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public IndicatorUnit getUnit() {
        return unit;
    }

    public void setUnit(IndicatorUnit unit) {
        this.unit = unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public void setBaseline(BigDecimal baseline) {
        this.baseline = baseline;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public Periodicity getPeriodicity() {
        return periodicity;
    }

    public void setPeriodicity(Periodicity periodicity) {
        this.periodicity = periodicity;
    }

    public Long getNumeratorId() {
        return numeratorId;
    }

    public void setNumeratorId(Long numeratorId) {
        this.numeratorId = numeratorId;
    }

    public Long getDenominatorId() {
        return denominatorId;
    }

    public void setDenominatorId(Long denominatorId) {
        this.denominatorId = denominatorId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** Whether the indicator is a computed ratio (set by the service; a ratio's values are not typed). */
    public boolean isDerived() {
        return derived;
    }

    void setDerived(boolean derived) {
        this.derived = derived;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
    }
}
