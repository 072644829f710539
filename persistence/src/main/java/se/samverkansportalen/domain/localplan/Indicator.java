package se.samverkansportalen.domain.localplan;

import se.samverkansportalen.domain.tenant.KommunOwned;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samverkansportalen.domain.Texts;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A figure a kommun follows period by period: name, unit, which direction is better, baseline,
 * optional target, periodicity and values. A period can be recorded as missing ("uppgift
 * saknas"), which is never the same as 0. A derived indicator is the ratio of two others, in
 * percent, computed for each period from theirs and never typed.
 */
@Entity
@Table(name = "local_indicator")
public class Indicator extends KommunOwned {

    public static final int NAME_MAX = 400;
    public static final int NOTE_MAX = 1000;
    /** Counts below this are shown to anyone but the kommun itself as "< 5" (small-number suppression). */
    public static final BigDecimal SMALL_NUMBER_LIMIT = BigDecimal.valueOf(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private LocalPlan plan;

    @ManyToOne
    @JoinColumn(name = "risk_id")
    private Risk risk;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 10)
    private IndicatorUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", length = 20)
    private Direction direction;

    @Column(name = "baseline", precision = 14, scale = 2)
    private BigDecimal baseline;

    @Column(name = "target", precision = 14, scale = 2)
    private BigDecimal target;

    @Enumerated(EnumType.STRING)
    @Column(name = "periodicity", nullable = false, length = 10)
    private Periodicity periodicity;

    @ManyToOne
    @JoinColumn(name = "numerator_id")
    private Indicator numerator;

    @ManyToOne
    @JoinColumn(name = "denominator_id")
    private Indicator denominator;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("period")
    private List<IndicatorValue> values = new ArrayList<>();

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected Indicator() {
    }

    Indicator(LocalPlan plan, Risk risk, int position, String name, IndicatorUnit unit, Periodicity periodicity) {
        this.plan = plan;
        this.risk = risk;
        this.position = position;
        this.name = Texts.required(name, NAME_MAX, "name");
        this.unit = java.util.Objects.requireNonNull(unit, "unit");
        this.periodicity = java.util.Objects.requireNonNull(periodicity, "periodicity");
    }

    public void describe(Direction direction, BigDecimal baseline, BigDecimal target, String note) {
        this.direction = direction;
        this.baseline = baseline;
        this.target = target;
        this.note = Texts.optional(note, NOTE_MAX, "note");
    }

    /** Makes this the ratio numerator / denominator, in percent; its own typed values are dropped. */
    public void deriveFrom(Indicator numerator, Indicator denominator) {
        if (numerator == this || denominator == this || numerator.plan != plan || denominator.plan != plan) {
            throw new IllegalArgumentException("A ratio is of two other indicators of the same plan");
        }
        this.numerator = numerator;
        this.denominator = denominator;
        this.unit = IndicatorUnit.PERCENT;
        this.values.clear();
    }

    public boolean isDerived() {
        return numerator != null && denominator != null;
    }

    /** Records a period's value; null records it as missing. Refused for a derived indicator. */
    public void record(String period, BigDecimal value) {
        if (isDerived()) {
            throw new IllegalStateException("A derived indicator is computed, not typed");
        }
        if (!periodicity.accepts(period)) {
            throw new IllegalArgumentException("Period " + period + " is not a " + periodicity + " period");
        }
        Optional<IndicatorValue> existing = values.stream().filter(v -> v.getPeriod().equals(period)).findFirst();
        if (existing.isPresent()) {
            existing.get().change(value);
        } else {
            values.add(new IndicatorValue(this, period, value));
        }
    }

    /** Removes a period altogether (not the same as recording it missing). */
    public void forget(String period) {
        values.removeIf(v -> v.getPeriod().equals(period));
    }

    /** The periods with a reading, typed or (for a derived indicator) of its parts, in order. */
    public List<String> periods() {
        if (isDerived()) {
            java.util.TreeSet<String> periods = new java.util.TreeSet<>(numerator.periods());
            periods.addAll(denominator.periods());
            return List.copyOf(periods);
        }
        return values.stream().map(IndicatorValue::getPeriod).toList();
    }

    /**
     * A period's value: typed, or computed as numerator / denominator × 100 rounded to whole
     * percent. Empty when it is missing, not recorded, or a part is missing or zero.
     */
    public Optional<BigDecimal> valueFor(String period) {
        if (isDerived()) {
            Optional<BigDecimal> top = numerator.valueFor(period);
            Optional<BigDecimal> bottom = denominator.valueFor(period);
            if (top.isEmpty() || bottom.isEmpty() || bottom.get().signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(top.get().multiply(BigDecimal.valueOf(100)).divide(bottom.get(), 0, RoundingMode.HALF_UP));
        }
        return values.stream().filter(v -> v.getPeriod().equals(period)).findFirst().map(IndicatorValue::getValue);
    }

    /**
     * Whether the period's value must be hidden from anyone but the kommun: a count below
     * {@link #SMALL_NUMBER_LIMIT}, or a ratio whose numerator is such a count (40 % of five
     * children tells who they are as well as "2" does).
     */
    public boolean isSmallNumber(String period) {
        if (isDerived()) {
            return numerator.isSmallNumber(period);
        }
        return unit == IndicatorUnit.COUNT
                && valueFor(period).map(v -> v.compareTo(SMALL_NUMBER_LIMIT) < 0).orElse(false);
    }

    public Long getId() {
        return id;
    }

    public LocalPlan getPlan() {
        return plan;
    }

    public Risk getRisk() {
        return risk;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public IndicatorUnit getUnit() {
        return unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public Periodicity getPeriodicity() {
        return periodicity;
    }

    public Indicator getNumerator() {
        return numerator;
    }

    public Indicator getDenominator() {
        return denominator;
    }

    public String getNote() {
        return note;
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
