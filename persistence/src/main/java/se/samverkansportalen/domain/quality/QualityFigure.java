package se.samverkansportalen.domain.quality;

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
import java.math.BigDecimal;
import java.util.Objects;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.localplan.SmallNumbers;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.tenant.KommunOwned;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;
import se.samverkansportalen.domain.validation.SwedishNumbers;

/**
 * A figure a section reports ("Registrerade synpunkter", 73 in 2024): typed, with the year it is
 * for (none for a figure the source gives for no single year, "cirka 20 per år"), how the source
 * limited it ("t.o.m. 10 november") and whether it is approximate; or drawn from a yearly
 * indicator of the kommun ({@code indicatorId}), whose values for the year and the year before
 * are read from the indicator, never typed again. A typed value is judged by its unit's rule, as
 * an indicator's value is ({@link IndicatorUnit#valueRule()}).
 */
@Entity
@Table(name = "quality_figure")
public class QualityFigure extends KommunOwned {

    public static final int NAME_MAX = 400;
    public static final int NOTE_MAX = 300;
    /** Message key of a negative value of a unit that has none; argument: the figure's name. */
    public static final String NEGATIVE_VALUE = "quality.error.negativeValue";
    /** Message key of a count with decimals; argument: the figure's name. */
    public static final String NOT_WHOLE_VALUE = "quality.error.notWholeValue";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    private QualitySection section;

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

    @Column(name = "figure_year")
    private Integer year;

    @Column(name = "figure_value", precision = 14, scale = 2)
    private BigDecimal value;

    @Size(max = NOTE_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "period_note", length = NOTE_MAX)
    private String periodNote;

    @Column(name = "approximate", nullable = false)
    private boolean approximate;

    @Column(name = "indicator_id")
    private Long indicatorId;

    protected QualityFigure() {
    }

    QualityFigure(QualitySection section, int position, String name, IndicatorUnit unit, Integer year, BigDecimal value,
            String periodNote, boolean approximate, Long indicatorId) {
        this.section = section;
        this.position = position;
        this.name = Texts.required(name, NAME_MAX, "name");
        this.unit = Objects.requireNonNull(unit, "unit");
        if (year != null && (year < QualityReport.FIRST_YEAR || year > QualityReport.LAST_YEAR)) {
            throw InvalidInputRefusal.atField("year", "input.tooLarge", "year", QualityReport.LAST_YEAR);
        }
        if (value != null && value.signum() < 0 && !unit.valueRule().negativeAllowed()) {
            throw InvalidInputRefusal.atField("value", NEGATIVE_VALUE, this.name);
        }
        if (value != null && unit.valueRule().scale() == 0 && value.stripTrailingZeros().scale() > 0) {
            throw InvalidInputRefusal.atField("value", NOT_WHOLE_VALUE, this.name);
        }
        this.value = SwedishNumbers.requireWithin(value, unit.valueRule(), "value");
        this.year = year;
        this.periodNote = Texts.optional(periodNote, NOTE_MAX, "periodNote");
        this.approximate = approximate;
        this.indicatorId = indicatorId;
    }

    /**
     * Whether a typed value is withheld from anyone but the kommun: a count below
     * {@link SmallNumbers#LIMIT} (0–4), as for an indicator's values. A drawn figure is judged by
     * its indicator's rule ({@link SmallNumbers#withheld}).
     */
    public static boolean small(IndicatorUnit unit, BigDecimal value) {
        return unit == IndicatorUnit.COUNT && value != null && value.compareTo(SmallNumbers.LIMIT) < 0;
    }

    public boolean isDrawn() {
        return indicatorId != null;
    }

    public Long getId() {
        return id;
    }

    public QualitySection getSection() {
        return section;
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

    public Integer getYear() {
        return year;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getPeriodNote() {
        return periodNote;
    }

    public boolean isApproximate() {
        return approximate;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }
}
