package se.samverkansportalen.domain.localplan;

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
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.tenant.KommunOwned;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;
import se.samverkansportalen.domain.validation.NumberRule;
import se.samverkansportalen.domain.validation.SwedishNumbers;

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
    /** The baseline's column, DECIMAL(14, 2): up to ±999 999 999 999,99, never rounded to fit. */
    public static final NumberRule BASELINE = NumberRule.decimal(14, 2, true);
    /** The target's column, DECIMAL(14, 2), as {@link #BASELINE}. */
    public static final NumberRule TARGET = NumberRule.decimal(14, 2, true);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private LocalPlan plan;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne
    @JoinColumn(name = "risk_id")
    private Risk risk;

    @Column(name = "position", nullable = false)
    private int position;

    @Size(max = NAME_MAX)
    @PlainText
    @NoPersonalData
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

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne
    @JoinColumn(name = "numerator_id")
    private Indicator numerator;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne
    @JoinColumn(name = "denominator_id")
    private Indicator denominator;

    @Size(max = NOTE_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "note", length = NOTE_MAX)
    private String note;

    /*
     * Read in the same statement as the indicators (a fetch join): every reading of an indicator
     * reads its values. A fetch join keeps no order, so periods() orders them.
     */
    @JoinFetch(JoinFetchType.OUTER)
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

    /** Message key of a negative value, baseline or target of a unit that has none; arguments: the indicator's name. */
    public static final String NEGATIVE_VALUE = "report.error.negativeValue";
    /** Message key of a value, baseline or target with decimals for a unit of whole numbers (a count); arguments: the name. */
    public static final String NOT_WHOLE_VALUE = "report.error.notWholeValue";
    /** Message key of a unit change once the indicator has values or is a ratio; arguments: the name. */
    public static final String UNIT_FIXED = "localplan.error.unitFixed";
    /** Message key of a periodicity change once the indicator has values; arguments: the name. */
    public static final String PERIODICITY_FIXED = "localplan.error.periodicityFixed";

    /**
     * Describes the indicator. Baseline and target are refused as its values are (see
     * {@link #record}).
     */
    public void describe(Direction direction, BigDecimal baseline, BigDecimal target, String note) {
        BigDecimal checkedBaseline = SwedishNumbers.requireWithin(baseline, BASELINE, "baseline");
        BigDecimal checkedTarget = SwedishNumbers.requireWithin(target, TARGET, "target");
        requireUnitAllows(checkedBaseline, "baseline");
        requireUnitAllows(checkedTarget, "target");
        this.direction = direction;
        this.baseline = checkedBaseline;
        this.target = checkedTarget;
        this.note = Texts.optional(note, NOTE_MAX, "note");
    }

    /** Gives the indicator a new name (its values, links and history stay). */
    public void rename(String name) {
        this.name = Texts.required(name, NAME_MAX, "name");
    }

    /**
     * Changes what the values count. Refused ({@link #UNIT_FIXED}, at the field {@code unit}) once
     * values are typed or for a ratio (always in percent): the values were typed as the old unit.
     */
    public void changeUnit(IndicatorUnit unit) {
        if (java.util.Objects.requireNonNull(unit, "unit") == this.unit) {
            return;
        }
        if (isDerived() || !values.isEmpty()) {
            throw InvalidInputRefusal.atField("unit", UNIT_FIXED, name);
        }
        requireUnitAllows(baseline, unit, "baseline");
        requireUnitAllows(target, unit, "target");
        this.unit = unit;
    }

    /**
     * Changes how often the indicator is measured. Refused ({@link #PERIODICITY_FIXED}, at the field
     * {@code periodicity}) once values are typed: their periods are of the old periodicity.
     */
    public void changePeriodicity(Periodicity periodicity) {
        if (java.util.Objects.requireNonNull(periodicity, "periodicity") == this.periodicity) {
            return;
        }
        if (!values.isEmpty()) {
            throw InvalidInputRefusal.atField("periodicity", PERIODICITY_FIXED, name);
        }
        this.periodicity = periodicity;
    }

    /**
     * Makes this the ratio numerator / denominator, in percent; its own typed values are dropped.
     * Refused ({@link RatioDerivation#CYCLE}) when the ratio would be computed from itself, directly
     * or through other ratios.
     */
    public void deriveFrom(Indicator numerator, Indicator denominator) {
        if (numerator.plan != plan || denominator.plan != plan) {
            throw new IllegalArgumentException("A ratio is of two other indicators of the same plan");
        }
        RatioDerivation.requireNoCycle(this, numerator, denominator, Indicator::parts);
        this.numerator = numerator;
        this.denominator = denominator;
        this.unit = IndicatorUnit.PERCENT;
        this.values.clear();
    }

    private void requireUnitAllows(BigDecimal value, String field) {
        requireUnitAllows(value, unit, field);
    }

    private void requireUnitAllows(BigDecimal value, IndicatorUnit unit, String field) {
        if (value != null && value.signum() < 0 && !unit.valueRule().negativeAllowed()) {
            throw InvalidInputRefusal.atField(field, NEGATIVE_VALUE, name);
        }
        if (value != null && unit.valueRule().scale() == 0 && value.stripTrailingZeros().scale() > 0) {
            throw InvalidInputRefusal.atField(field, NOT_WHOLE_VALUE, name);
        }
        SwedishNumbers.requireWithin(value, unit.valueRule(), field);
    }

    public boolean isDerived() {
        return numerator != null && denominator != null;
    }

    /** What the indicator is computed from: its numerator and denominator, or nothing when typed. */
    List<Indicator> parts() {
        return isDerived() ? List.of(numerator, denominator) : List.of();
    }

    /**
     * Records a period's value; null records it as missing. Refused for a derived indicator; refused
     * ({@link InvalidInputRefusal} at the field {@code value}) with more than two decimals (never
     * rounded) or beyond the column, below 0 for a unit that has no negative values
     * ({@link IndicatorUnit#valueRule()}, {@link #NEGATIVE_VALUE}), and with decimals for a count
     * ({@link #NOT_WHOLE_VALUE}).
     */
    public void record(String period, BigDecimal value) {
        if (isDerived()) {
            throw new IllegalStateException("A derived indicator is computed, not typed");
        }
        requireUnitAllows(value, "value");
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

    /**
     * The periods with a reading, typed or (for a derived indicator) of its parts, in order. None
     * for a ratio caught in a cycle (stored before cycles were refused).
     */
    public List<String> periods() {
        if (isDerived()) {
            java.util.TreeSet<String> periods = new java.util.TreeSet<>();
            RatioDerivation.computingOrder(this, Indicator::parts).orElse(List.of()).stream()
                    .filter(i -> !i.isDerived()).forEach(i -> i.values.forEach(v -> periods.add(v.getPeriod())));
            return List.copyOf(periods);
        }
        return values.stream().map(IndicatorValue::getPeriod).sorted().toList();
    }

    /**
     * A period's value: typed, or computed as numerator / denominator × 100 rounded to whole
     * percent. Empty when it is missing, not recorded, or a part is missing or zero; empty too for
     * a ratio caught in a cycle (stored before cycles were refused). Ratios of ratios are computed
     * parts first, in a loop (see {@link RatioDerivation#computingOrder}), never by recursion.
     */
    public Optional<BigDecimal> valueFor(String period) {
        if (!isDerived()) {
            return typedValue(period);
        }
        Optional<List<Indicator>> order = RatioDerivation.computingOrder(this, Indicator::parts);
        if (order.isEmpty()) {
            return Optional.empty();
        }
        java.util.Map<Indicator, Optional<BigDecimal>> computed = new java.util.IdentityHashMap<>();
        for (Indicator i : order.get()) {
            computed.put(i, i.isDerived() ? percent(computed.get(i.numerator), computed.get(i.denominator)) : i.typedValue(period));
        }
        return computed.get(this);
    }

    /** The typed value of the period; empty when missing or not recorded (a derived indicator has none). */
    Optional<BigDecimal> typedValue(String period) {
        return values.stream().filter(v -> v.getPeriod().equals(period)).findFirst().map(IndicatorValue::getValue);
    }

    private static Optional<BigDecimal> percent(Optional<BigDecimal> top, Optional<BigDecimal> bottom) {
        if (top.isEmpty() || bottom.isEmpty() || bottom.get().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(top.get().multiply(BigDecimal.valueOf(100)).divide(bottom.get(), 0, RoundingMode.HALF_UP));
    }

    /**
     * Whether the period's value is withheld ("< 5") from anyone but the kommun, by the
     * small-number rule of {@link SmallNumbers}: a count below 5, a share computed from a withheld
     * value, or the part of a total whose rest is below 5.
     */
    public boolean isSmallNumber(String period) {
        return SmallNumbers.withheld(this, period);
    }

    /** Whether the baseline is withheld from anyone but the kommun ({@link SmallNumbers}: a count below 5). */
    public boolean isBaselineSmallNumber() {
        return SmallNumbers.baselineWithheld(this);
    }

    /** Whether the target is withheld from anyone but the kommun ({@link SmallNumbers}: a count below 5). */
    public boolean isTargetSmallNumber() {
        return SmallNumbers.targetWithheld(this);
    }

    public Long getId() {
        return id;
    }

    public LocalPlan getPlan() {
        return plan;
    }

    /** Makes the indicator the plan's as a whole (its risk is being removed); its values stay. */
    public void detachFromRisk() {
        this.risk = null;
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
