package se.samverkansportalen.domain.keyfigure;

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
import java.time.LocalDate;
import java.util.Objects;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.tenant.KommunOwned;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.NumberRule;
import se.samverkansportalen.domain.validation.PlainText;
import se.samverkansportalen.domain.validation.SwedishNumbers;

/**
 * A key figure's value for one year and gender, as Kolada published it: the value (null when
 * Kolada has none), Kolada's status text for it, where it was taken from and on which day.
 */
@Entity
@Table(name = "key_figure_value")
public class KeyFigureValue extends KommunOwned {

    /**
     * The value's column, DECIMAL(18, 4): Kolada publishes up to four decimals (shares, kronor per
     * inhabitant); a value with more is refused, never rounded.
     */
    public static final NumberRule VALUE = NumberRule.decimal(18, 4, true);
    public static final int STATUS_MAX = 40;
    public static final int SOURCE_NAME_MAX = 300;
    /** The first and last years a value may be for. */
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "key_figure_id", nullable = false)
    private KeyFigure keyFigure;

    @Column(name = "year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 1)
    private Gender gender;

    @Column(name = "figure", precision = 18, scale = 4)
    private BigDecimal value;

    @Size(max = STATUS_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "status", length = STATUS_MAX)
    private String status;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 10)
    private ValueSource source;

    @Size(max = SOURCE_NAME_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "source_name", nullable = false, length = SOURCE_NAME_MAX)
    private String sourceName;

    @Column(name = "taken_on", nullable = false)
    private LocalDate takenOn;

    protected KeyFigureValue() {
    }

    KeyFigureValue(KeyFigure keyFigure, int year, Gender gender, BigDecimal value, String status, ValueSource source,
            String sourceName, LocalDate takenOn) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        this.keyFigure = keyFigure;
        this.year = year;
        this.gender = Objects.requireNonNull(gender, "gender");
        replace(value, status, source, sourceName, takenOn);
    }

    boolean replace(BigDecimal value, String status, ValueSource source, String sourceName, LocalDate takenOn) {
        BigDecimal checked = SwedishNumbers.requireWithin(value, VALUE, "value");
        String checkedStatus = Texts.optional(status, STATUS_MAX, "status");
        boolean changed = this.source == null || !Objects.equals(stripped(this.value), stripped(checked))
                || !Objects.equals(this.status, checkedStatus) || this.source != source || !Objects.equals(this.sourceName, sourceName);
        this.value = checked;
        this.status = checkedStatus;
        this.source = Objects.requireNonNull(source, "source");
        this.sourceName = Texts.required(sourceName, SOURCE_NAME_MAX, "sourceName");
        this.takenOn = Objects.requireNonNull(takenOn, "takenOn");
        return changed;
    }

    private static BigDecimal stripped(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    public int getYear() {
        return year;
    }

    public Gender getGender() {
        return gender;
    }

    /** The value in Kolada's unit for the KPI; null when Kolada has none. */
    public BigDecimal getValue() {
        return value;
    }

    /** Kolada's status text for the value ("" or null when it has none). */
    public String getStatus() {
        return status;
    }

    public ValueSource getSource() {
        return source;
    }

    /** The Kolada address or the file name the value was taken from. */
    public String getSourceName() {
        return sourceName;
    }

    /** The day the value was taken in. */
    public LocalDate getTakenOn() {
        return takenOn;
    }
}
